import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { decode } from "next-auth/jwt";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { env, secureCookies } from "@/lib/env";
import { can, isRole, type Actor, type Permission } from "@/lib/authz";
import { needsTouch, sessionIsLive, touchSession } from "./sessions";

export function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

/** Reads and checks a session token: signature, session row, idle/absolute timeouts,
 * session version, disabled user. Any failure means "not signed in". */
export async function actorFromToken(raw: string | undefined): Promise<Actor | null> {
  if (!raw) return null;
  const token = await decode({ token: raw, secret: env().AUTH_SECRET }).catch(() => null);
  const sid = token?.sid;
  if (!token || typeof token.sub !== "string" || typeof sid !== "string") return null;
  const row = await db.userSession.findUnique({ where: { id: sid }, include: { user: true } });
  if (!row || row.userId !== token.sub || !sessionIsLive(row)) return null;
  const { user } = row;
  if (user.disabledAt || user.sessionVersion !== token.sv || !isRole(user.role)) return null;
  if (needsTouch(row)) await touchSession(sid);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    villageCode: user.villageCode,
    regionCode: user.regionCode,
    sessionId: sid,
    mustChangePassword: user.mustChangePassword,
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
