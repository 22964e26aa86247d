import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { signIn } from "@/lib/auth/sign-in";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { resetDatabase } from "@/tests/helpers/test-db";
import { listOwnSessions } from "./list-own-sessions";
import { signOutEverywhere } from "./sign-out-everywhere";

const VILLAGE = "36.04.13.2007";

async function signedIn(user: { email: string; password: string }, ip: string) {
  const r = await signIn({ email: user.email, password: user.password, ip, userAgent: `Uji/${ip}` });
  if (!r.ok) throw new Error("sign-in failed");
  return r.sessionId;
}

describe("own sessions", () => {
  beforeEach(resetDatabase);

  it("lists only the actor's open sessions and marks the current one", async () => {
    const user = await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: VILLAGE });
    const other = await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: VILLAGE });
    const current = await signedIn(user, "10.0.0.1");
    const phone = await signedIn(user, "10.0.0.2");
    const ended = await signedIn(user, "10.0.0.3");
    await signedIn(other, "10.0.0.9");
    await db.userSession.update({ where: { id: ended }, data: { endedAt: new Date() } });
    // Idle for longer than the timeout: no longer open either.
    const idle = await signedIn(user, "10.0.0.4");
    await db.userSession.update({ where: { id: idle }, data: { lastSeenAt: new Date(Date.now() - 31 * 60 * 1000) } });

    const sessions = await listOwnSessions({ ...actorOf(user), sessionId: current });

    expect(sessions.map((s) => s.id).sort()).toEqual([current, phone].sort());
    expect(sessions.find((s) => s.id === current)).toMatchObject({ current: true, ip: "10.0.0.1", userAgent: "Uji/10.0.0.1" });
    expect(sessions.find((s) => s.id === phone)?.current).toBe(false);
  });

  it("signs out on every device, this one too, and records it", async () => {
    const user = await createTestUser(db, { role: "ORGANIZER", villageCode: VILLAGE });
    const other = await createTestUser(db, { role: "ORGANIZER", villageCode: VILLAGE });
    const current = await signedIn(user, "10.0.0.1");
    await signedIn(user, "10.0.0.2");
    await signedIn(other, "10.0.0.9");

    expect(await signOutEverywhere({ ...actorOf(user), sessionId: current }, { ip: "10.0.0.1" })).toEqual({ sessionsEnded: 2 });

    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } })).toEqual({ sessionVersion: 1 });
    expect(await db.userSession.count({ where: { userId: user.id, endedAt: null } })).toBe(0);
    // Someone else's sessions stay open.
    expect(await db.userSession.count({ where: { userId: other.id, endedAt: null } })).toBe(1);
    expect(await db.user.findUniqueOrThrow({ where: { id: other.id }, select: { sessionVersion: true } })).toEqual({ sessionVersion: 0 });

    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "user.sign-out-everywhere" } });
    expect(entry).toMatchObject({ actorId: user.id, entityId: user.id, villageCode: VILLAGE, ip: "10.0.0.1" });
    expect(entry.after).toMatchObject({ sessionVersion: 1, sessionsEnded: 2 });
  });
});
