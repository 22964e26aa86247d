import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password-hash";
import { signIn } from "@/lib/auth/sign-in";
import { FieldError } from "@/lib/validation/errors";
import { resetDatabase } from "@/tests/helpers/test-db";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { resetUserPassword } from "./reset-user-password";

const asText = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? x.toString() : x));

describe("resetUserPassword", () => {
  beforeEach(resetDatabase);

  it("gives a new one-time password, ends the sessions and records it without the secret", async () => {
    const admin = actorOf(await createTestUser(db, { role: "ADMIN" }));
    const user = await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: "36.04.13.2007" });
    expect((await signIn({ email: user.email, password: user.password, ip: "10.0.0.1" })).ok).toBe(true);

    const { oneTimePassword } = await resetUserPassword(admin, { id: user.id }, { ip: "10.9.9.9" });

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ mustChangePassword: true, sessionVersion: 1 });
    expect(await verifyPassword(after.passwordHash, oneTimePassword)).toBe(true);
    expect(await verifyPassword(after.passwordHash, user.password)).toBe(false);
    expect(await db.userSession.count({ where: { userId: user.id, endedAt: null } })).toBe(0);

    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "user.reset-password" } });
    expect(entry).toMatchObject({ actorId: admin.id, entityId: user.id, villageCode: "36.04.13.2007", ip: "10.9.9.9" });
    expect(entry.after).toMatchObject({ passwordHash: "[disembunyikan]", mustChangePassword: true, sessionVersion: 1 });
    expect(asText(entry)).not.toContain(oneTimePassword);
    expect(asText(entry)).not.toContain(after.passwordHash);
  });

  it("an admin resets their own password on the account page, not here", async () => {
    const adminUser = await createTestUser(db, { role: "ADMIN" });
    await expect(resetUserPassword(actorOf(adminUser), { id: adminUser.id })).rejects.toEqual(new FieldError("confirm", "cannotResetOwnPassword"));
  });
});
