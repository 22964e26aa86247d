import "server-only";
import type { NextAuthOptions } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env, secureCookies } from "@/lib/env";
import { clientIp } from "@/lib/http/client-ip";
import { endSession } from "./sessions";
import { signIn } from "./sign-in";

export const SESSION_MAX_AGE_S = 12 * 60 * 60;

// next-auth 4 with the Credentials provider and JWT sessions (docs/decisions/004). The JWT
// only names the user, the session row and the session version; every server-side read
// checks them against the database (lib/auth/session.ts).
export function authOptions(): NextAuthOptions {
  // next-auth 4 builds its own URLs from NEXTAUTH_URL.
  process.env.NEXTAUTH_URL ??= env().APP_URL;
  return {
    secret: env().AUTH_SECRET,
    useSecureCookies: secureCookies(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S, updateAge: 0 },
    jwt: { maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      Credentials({
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
          const result = await signIn({
            email: credentials?.email ?? "",
            password: credentials?.password ?? "",
            ip: clientIp(headers),
            userAgent: headers["user-agent"] ?? null,
          });
          if (result.ok) {
            return { id: result.userId, sid: result.sessionId, sv: result.sessionVersion };
          }
          // next-auth hands this message to the sign-in page as `error`.
          throw new Error(result.code === "locked" ? `locked:${result.until.getTime()}` : "invalid");
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          const u = user as unknown as { id: string; sid: string; sv: number };
          return { sub: u.id, sid: u.sid, sv: u.sv, iat0: Date.now() };
        }
        return token;
      },
      session({ session }) {
        // The client never needs more than "signed in"; the server reads the JWT itself.
        return { expires: session.expires };
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await endSession(token.sid);
      },
    },
  };
}
