import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { resetDatabase } from "@/tests/helpers/test-db";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { createUser } from "./create-user";
import { resetUserPassword } from "./reset-user-password";
import { setUserDisabled } from "./set-user-disabled";
import { updateUser } from "./update-user";

// The audit entry is written in the same transaction as the change: when writing the entry
// fails, the change is rolled back too. The real writeAudit runs against the real database;
// the switch only makes it fail after its insert was sent.
const failAudit = vi.hoisted(() => ({ on: false }));
vi.mock("@/lib/audit/write-audit", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/audit/write-audit")>();
  return {
    writeAudit: async (...args: Parameters<typeof original.writeAudit>) => {
      await original.writeAudit(...args);
      if (failAudit.on) throw new Error("audit failed");
    },
  };
});

const LONTAR = "36.04.13.2007";

describe("a user change and its audit entry commit together", () => {
  beforeEach(async () => {
    failAudit.on = false;
    await resetDatabase();
  });

  it("no user and no entry when the audit write fails during creation", async () => {
    const admin = actorOf(await createTestUser(db, { role: "ADMIN" }));
    await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }); // the village exists
    failAudit.on = true;
    await expect(createUser(admin, { email: "baru@uji.id", name: "Baru", role: "ORGANIZER", villageCode: LONTAR })).rejects.toThrow("audit failed");
    expect(await db.user.count({ where: { email: "baru@uji.id" } })).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("update, disable and reset leave the user untouched when the audit write fails", async () => {
    const admin = actorOf(await createTestUser(db, { role: "ADMIN" }));
    const user = await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR });
    await db.userSession.create({ data: { userId: user.id } });
    failAudit.on = true;
    await expect(updateUser(admin, { id: user.id, email: user.email, name: "Lain", role: "ORGANIZER", villageCode: LONTAR })).rejects.toThrow("audit failed");
    await expect(setUserDisabled(admin, { id: user.id, disabled: true })).rejects.toThrow("audit failed");
    await expect(resetUserPassword(admin, { id: user.id })).rejects.toThrow("audit failed");
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ name: user.name, disabledAt: null, sessionVersion: 0, mustChangePassword: false, passwordHash: user.passwordHash });
    expect(await db.userSession.count({ where: { userId: user.id, endedAt: null } })).toBe(1);
    expect(await db.auditLog.count()).toBe(0);
  });
});
