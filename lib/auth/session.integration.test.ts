import { beforeEach, describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { resetDatabase } from "@/tests/helpers/test-db";
import { hashPassword } from "./password-hash";
import { actorFromToken } from "./session";
import { signIn } from "./sign-in";

const PASSWORD = "uji coba kerang hijau pantai";
const VILLAGE = "36.04.13.2007";

async function signedIn() {
  await db.village.upsert({ where: { code: VILLAGE }, update: {}, create: { code: VILLAGE } });
  const user = await db.user.create({
    data: { email: "desa@uji.id", name: "Rohman", role: "VILLAGE_OFFICIAL", villageCode: VILLAGE, passwordHash: await hashPassword(PASSWORD) },
  });
  const r = await signIn({ email: user.email, password: PASSWORD, ip: "127.0.0.1" });
  if (!r.ok) throw new Error("sign-in failed");
  const token = await encode({ token: { sub: r.userId, sid: r.sessionId, sv: r.sessionVersion }, secret: env().AUTH_SECRET });
  return { user, sessionId: r.sessionId, token };
}

describe("actorFromToken (every server-side session read)", () => {
  beforeEach(resetDatabase);

  it("returns the actor with its village scope", async () => {
    const { token, user } = await signedIn();
    expect(await actorFromToken(token)).toMatchObject({ id: user.id, role: "VILLAGE_OFFICIAL", villageCode: VILLAGE });
  });

  it("refuses a forged or missing token", async () => {
    expect(await actorFromToken(undefined)).toBeNull();
    expect(await actorFromToken("not-a-token")).toBeNull();
    const forged = await encode({ token: { sub: "x", sid: "y", sv: 0 }, secret: "another-secret-another-secret-1234" });
    expect(await actorFromToken(forged)).toBeNull();
  });

  it("ends an open session at once when the user is disabled", async () => {
    const { token, user } = await signedIn();
    expect(await actorFromToken(token)).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await actorFromToken(token)).toBeNull();
  });

  it("ends every session when the session version is raised (log out everywhere, password change)", async () => {
    const { token, user } = await signedIn();
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await actorFromToken(token)).toBeNull();
  });

  it("ends a session after 30 minutes without activity", async () => {
    const { token, sessionId } = await signedIn();
    await db.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(Date.now() - 31 * 60 * 1000) } });
    expect(await actorFromToken(token)).toBeNull();
  });

  it("ends a session 12 hours after sign-in even when active", async () => {
    const { token, sessionId } = await signedIn();
    await db.userSession.update({ where: { id: sessionId }, data: { createdAt: new Date(Date.now() - 12 * 60 * 60 * 1000 - 1000) } });
    expect(await actorFromToken(token)).toBeNull();
  });

  it("keeps an active session alive by touching it", async () => {
    const { token, sessionId } = await signedIn();
    const before = new Date(Date.now() - 20 * 60 * 1000);
    await db.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: before } });
    expect(await actorFromToken(token)).not.toBeNull();
    const row = await db.userSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(row.lastSeenAt.getTime()).toBeGreaterThan(before.getTime() + 19 * 60 * 1000);
  });

  it("refuses a session that was signed out", async () => {
    const { token, sessionId } = await signedIn();
    await db.userSession.update({ where: { id: sessionId }, data: { endedAt: new Date() } });
    expect(await actorFromToken(token)).toBeNull();
  });
});
