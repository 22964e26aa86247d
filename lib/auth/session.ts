import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { decode } from "next-auth/jwt";
import { notFound, redirect } from "next/navigation";
import { Prisma } from "@/lib/db/generated/client";
import { readRow } from "@/lib/db/read";
import { env, secureCookies } from "@/lib/env";
import { can, isRole, type Actor, type Permission } from "@/lib/authz";
import { UUID } from "@/lib/registry/schemas";
import { needsTouch, sessionIsLive, touchSession } from "./sessions";

export function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

type SessionUserRow = {
  userId: string;
  createdAt: Date;
  lastSeenAt: Date;
  endedAt: Date | null;
  email: string;
  name: string;
  role: string;
  villageCode: string | null;
  regionCode: string | null;
  mustChangePassword: boolean;
  sessionVersion: number;
  disabledAt: Date | null;
};

/** Reads and checks a session token: signature, session row, idle/absolute timeouts,
 * session version, disabled user. Any failure means "not signed in". */
export async function actorFromToken(raw: string | undefined): Promise<Actor | null> {
  if (!raw) return null;
  const token = await decode({ token: raw, secret: env().AUTH_SECRET }).catch(() => null);
  const sid = token?.sid;
  if (!token || typeof token.sub !== "string" || typeof sid !== "string") return null;
  if (!UUID.test(sid)) return null;
  // Every staff request passes here: one prepared statement (lib/db/read.ts).
  const row = await readRow<SessionUserRow>(
    Prisma.sql`SELECT s."userId", s."createdAt", s."lastSeenAt", s."endedAt", u."email", u."name", u."role"::text AS "role",
        u."villageCode", u."regionCode", u."mustChangePassword", u."sessionVersion", u."disabledAt"
      FROM "UserSession" s JOIN "User" u ON u."id" = s."userId" WHERE s."id" = ${sid}::uuid`,
    { prepare: true },
  );
  if (!row || row.userId !== token.sub || !sessionIsLive(row)) return null;
  if (row.disabledAt || row.sessionVersion !== token.sv || !isRole(row.role)) return null;
  if (needsTouch(row)) await touchSession(sid);
  return {
    id: row.userId,
    email: row.email,
    name: row.name,
    role: row.role,
    villageCode: row.villageCode,
    regionCode: row.regionCode,
    sessionId: sid,
    mustChangePassword: row.mustChangePassword,
  };
}

/** The signed-in actor for this request, or null. Checked against the database once per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const jar = await cookies();
  return actorFromToken(jar.get(sessionCookieName())?.value);
});

/** For pages: the actor, or a redirect to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) {
    // The session ended (timeout, revoked): come back here after signing in again.
    const path = (await headers()).get("x-pathname");
    redirect(path ? `/sign-in?callbackUrl=${encodeURIComponent(path)}` : "/sign-in");
  }
  return actor;
}

/** For pages: the actor if their role has the permission; otherwise the page does not exist. */
export async function requirePermission(permission: Permission): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor.role, permission)) notFound();
  return actor;
}
