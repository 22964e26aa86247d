import { beforeEach, describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { actorFromToken } from "@/lib/auth/session";
import { signIn } from "@/lib/auth/sign-in";
import { FieldError } from "@/lib/validation/errors";
import { NotFoundError } from "@/lib/authz";
import { resetDatabase } from "@/tests/helpers/test-db";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { setUserDisabled } from "./set-user-disabled";

const LONTAR = "36.04.13.2007";

async function signedInOrganizer() {
  const user = await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR, email: "siti@uji.id" });
  const sessions = [];
  for (const ip of ["10.0.0.1", "10.0.0.2"]) {
    const r = await signIn({ email: user.email, password: user.password, ip });
    if (!r.ok) throw new Error("sign-in failed");
    sessions.push(await encode({ token: { sub: r.userId, sid: r.sessionId, sv: r.sessionVersion }, secret: env().AUTH_SECRET }));
  }
  return { user, tokens: sessions };
}

describe("setUserDisabled", () => {
  beforeEach(resetDatabase);

  it("disabling raises the session version and ends every open session at once", async () => {
    const admin = actorOf(await createTestUser(db, { role: "ADMIN" }));
    const { user, tokens } = await signedInOrganizer();
    for (const t of tokens) expect(await actorFromToken(t)).not.toBeNull();

    await setUserDisabled(admin, { id: user.id, disabled: true }, { ip: "10.9.9.9" });

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.disabledAt).not.toBeNull();
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await db.userSession.count({ where: { userId: user.id, endedAt: null } })).toBe(0);
    for (const t of tokens) expect(await actorFromToken(t)).toBeNull();
    // A disabled user cannot sign in again.
    expect(await signIn({ email: user.email, password: user.password, ip: "10.0.0.3" })).toEqual({ ok: false, code: "invalid" });

    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "user.disable" } });
    expect(entry).toMatchObject({ actorId: admin.id, entity: "User", entityId: user.id, villageCode: LONTAR, ip: "10.9.9.9" });
    expect(entry.before).toMatchObject({ disabledAt: null, sessionVersion: 0 });
    expect(entry.after).toMatchObject({ sessionVersion: 1 });
  });

  it("enables the user again, who can then sign in", async () => {
    const admin = actorOf(await createTestUser(db, { role: "ADMIN" }));
    const { user } = await signedInOrganizer();
    await setUserDisabled(admin, { id: user.id, disabled: true });
    await setUserDisabled(admin, { id: user.id, disabled: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).toBeNull();
    expect((await signIn({ email: user.email, password: user.password, ip: "10.0.0.4" })).ok).toBe(true);
    expect(await db.auditLog.count({ where: { action: "user.enable", entityId: user.id } })).toBe(1);
  });

  it("changes and records nothing when the user already has that state", async () => {
    const admin = actorOf(await createTestUser(db, { role: "ADMIN" }));
    const user = await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR });
    expect(await setUserDisabled(admin, { id: user.id, disabled: false })).toEqual({ id: user.id, changed: false });
    expect(await db.auditLog.count({ where: { entity: "User", entityId: user.id } })).toBe(0);
  });

  it("an admin cannot disable themselves", async () => {
    const adminUser = await createTestUser(db, { role: "ADMIN" });
    await expect(setUserDisabled(actorOf(adminUser), { id: adminUser.id, disabled: true })).rejects.toEqual(new FieldError("confirm", "cannotDisableSelf"));
    expect((await db.user.findUniqueOrThrow({ where: { id: adminUser.id } })).disabledAt).toBeNull();
  });

  it("an unknown id is NotFound", async () => {
    const admin = actorOf(await createTestUser(db, { role: "ADMIN" }));
    await expect(setUserDisabled(admin, { id: "6f1c1f0e-8a3b-4c1e-9d6a-2b7f4e5a9c01", disabled: true })).rejects.toBeInstanceOf(NotFoundError);
  });
});
