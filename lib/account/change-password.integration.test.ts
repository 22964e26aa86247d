import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/authz";
import { verifyPassword } from "@/lib/auth/password-hash";
import { signIn } from "@/lib/auth/sign-in";
import { FieldError } from "@/lib/validation/errors";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { resetDatabase } from "@/tests/helpers/test-db";
import { changePassword } from "./change-password";

const VILLAGE = "36.04.13.2007";
const NEW_PASSWORD = "rumput laut kering di pantai utara";

/** An organizer signed in on two devices; the actor is the first session. */
async function organizerOnTwoDevices() {
  const user = await createTestUser(db, { role: "ORGANIZER", villageCode: VILLAGE, mustChangePassword: true });
  const first = await signIn({ email: user.email, password: user.password, ip: "10.0.0.1" });
  const second = await signIn({ email: user.email, password: user.password, ip: "10.0.0.2" });
  if (!first.ok || !second.ok) throw new Error("sign-in failed");
  return { user, actor: { ...actorOf(user), sessionId: first.sessionId } };
}

async function snapshot(userId: string) {
  return {
    user: await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, mustChangePassword: true, sessionVersion: true } }),
    openSessions: await db.userSession.count({ where: { userId, endedAt: null } }),
    audit: await db.auditLog.count({ where: { action: "user.change-password" } }),
  };
}

describe("changePassword", () => {
  beforeEach(resetDatabase);

  it("refuses a wrong current password on its field and changes nothing", async () => {
    const { user, actor } = await organizerOnTwoDevices();
    const before = await snapshot(user.id);

    const attempt = changePassword(actor, { currentPassword: "bukan kata sandinya", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });

    await expect(attempt).rejects.toEqual(new FieldError("currentPassword", "wrongPassword"));
    expect(await snapshot(user.id)).toEqual(before);
    expect(before.openSessions).toBe(2);
  });

  it("refuses a guessable new password, and one made of the user's own name", async () => {
    const { user, actor } = await organizerOnTwoDevices();
    const before = await snapshot(user.id);

    await expect(changePassword(actor, { currentPassword: user.password, newPassword: "password123", confirmPassword: "password123" })).rejects.toEqual(
      new FieldError("newPassword", "passwordTooCommon"),
    );
    const ownName = `${user.name.replace(/\s+/g, "").toLowerCase()}2026`;
    await expect(changePassword(actor, { currentPassword: user.password, newPassword: ownName, confirmPassword: ownName })).rejects.toEqual(
      new FieldError("newPassword", "passwordTooCommon"),
    );
    await expect(changePassword(actor, { currentPassword: user.password, newPassword: "pendek", confirmPassword: "pendek" })).rejects.toEqual(
      new FieldError("newPassword", "passwordTooShort"),
    );
    expect(await snapshot(user.id)).toEqual(before);
  });

  it("refuses a confirmation that differs", async () => {
    const { user, actor } = await organizerOnTwoDevices();
    await expect(
      changePassword(actor, { currentPassword: user.password, newPassword: NEW_PASSWORD, confirmPassword: `${NEW_PASSWORD}!` }),
    ).rejects.toEqual(new FieldError("confirmPassword", "passwordMismatch"));
  });

  it("sets the new password, clears the one-time flag, ends every session and records it without secrets", async () => {
    const { user, actor } = await organizerOnTwoDevices();

    const result = await changePassword(actor, { currentPassword: user.password, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, { ip: "10.0.0.1" });

    expect(result).toEqual({ sessionsEnded: 2 });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ mustChangePassword: false, sessionVersion: 1 });
    expect(await verifyPassword(after.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await db.userSession.count({ where: { userId: user.id, endedAt: null } })).toBe(0);

    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "user.change-password" } });
    expect(entry).toMatchObject({ actorId: user.id, entity: "User", entityId: user.id, villageCode: VILLAGE, ip: "10.0.0.1" });
    expect(entry.before).toMatchObject({ mustChangePassword: true, sessionVersion: 0, passwordHash: "[disembunyikan]" });
    expect(entry.after).toMatchObject({ mustChangePassword: false, sessionVersion: 1, sessionsEnded: 2 });
    const stored = JSON.stringify(entry, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
    expect(stored).not.toContain(NEW_PASSWORD);
    expect(stored).not.toContain(after.passwordHash);

    // The old password no longer opens the account; the new one does.
    expect((await signIn({ email: user.email, password: user.password, ip: "10.0.0.3" })).ok).toBe(false);
    expect((await signIn({ email: user.email, password: NEW_PASSWORD, ip: "10.0.0.3" })).ok).toBe(true);
  });

  it("works for a user without a village (BP3MI staff)", async () => {
    const user = await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.04" });
    await changePassword(actorOf(user), { currentPassword: user.password, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "user.change-password", entityId: user.id } });
    expect(entry.villageCode).toBeNull();
  });

  it("only ever changes the actor's own password", async () => {
    const { user, actor } = await organizerOnTwoDevices();
    const other = await createTestUser(db, { role: "ORGANIZER", villageCode: VILLAGE });
    // The other user's current password does not help: the record is found by actor.id.
    await expect(
      changePassword(actor, { currentPassword: other.password === user.password ? "x" : other.password, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    ).rejects.toBeInstanceOf(FieldError);
    await changePassword(actor, { currentPassword: user.password, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    const untouched = await db.user.findUniqueOrThrow({ where: { id: other.id } });
    expect(untouched.sessionVersion).toBe(0);
    expect(await verifyPassword(untouched.passwordHash, other.password)).toBe(true);
  });

  it("refuses a disabled user and an unknown role", async () => {
    const user = await createTestUser(db, { role: "ADMIN", disabledAt: new Date() });
    const input = { currentPassword: user.password, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
    await expect(changePassword(actorOf(user), input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(changePassword({ ...actorOf(user), role: "GUEST" as never }, input)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
