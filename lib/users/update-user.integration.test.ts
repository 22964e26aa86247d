import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { FieldError } from "@/lib/validation/errors";
import { resetDatabase } from "@/tests/helpers/test-db";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { ensureVillage } from "@/tests/factories/villages";
import { updateUser } from "./update-user";

const LONTAR = "36.04.13.2007";
const SUSUKAN = "36.04.13.2008";

describe("updateUser", () => {
  beforeEach(async () => {
    await resetDatabase();
    await ensureVillage(db, SUSUKAN);
  });

  it("a new name keeps the sessions; the audit entry holds only what changed", async () => {
    const admin = actorOf(await createTestUser(db, { role: "ADMIN" }));
    const user = await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR, name: "Siti" });
    await db.userSession.create({ data: { userId: user.id } });
    const r = await updateUser(admin, { id: user.id, email: user.email, name: "Siti Aminah", role: "ORGANIZER", villageCode: LONTAR });
    expect(r.sessionsEnded).toBe(false);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ name: "Siti Aminah", sessionVersion: 0 });
    expect(await db.userSession.count({ where: { userId: user.id, endedAt: null } })).toBe(1);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "user.update" } });
    expect(entry).toMatchObject({ entityId: user.id, villageCode: LONTAR, before: { name: "Siti" }, after: { name: "Siti Aminah" } });
  });

  it("a new village or role ends the user's sessions", async () => {
    const admin = actorOf(await createTestUser(db, { role: "ADMIN" }));
    const user = await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR });
    await db.userSession.create({ data: { userId: user.id } });
    await updateUser(admin, { id: user.id, email: user.email, name: user.name, role: "ORGANIZER", villageCode: SUSUKAN });
    let after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ villageCode: SUSUKAN, sessionVersion: 1 });
    expect(await db.userSession.count({ where: { userId: user.id, endedAt: null } })).toBe(0);

    await updateUser(admin, { id: user.id, email: user.email, name: user.name, role: "BP3MI_STAFF", villageCode: SUSUKAN, regionCode: "36.04" });
    after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ role: "BP3MI_STAFF", villageCode: null, regionCode: "36.04", sessionVersion: 2 });
    const entries = await db.auditLog.findMany({ where: { action: "user.update" }, orderBy: { id: "asc" } });
    expect(entries[1]).toMatchObject({
      before: { role: "ORGANIZER", villageCode: SUSUKAN, regionCode: null, sessionVersion: 1 },
      after: { role: "BP3MI_STAFF", villageCode: null, regionCode: "36.04", sessionVersion: 2 },
    });
  });

  it("refuses another user's e-mail and an unknown village; nothing changes", async () => {
    const admin = actorOf(await createTestUser(db, { role: "ADMIN", email: "admin@uji.id" }));
    const user = await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR });
    const input = { id: user.id, email: user.email, name: user.name, role: "ORGANIZER", villageCode: LONTAR } as const;
    await expect(updateUser(admin, { ...input, email: "ADMIN@uji.id" })).rejects.toEqual(new FieldError("email", "emailTaken"));
    await expect(updateUser(admin, { ...input, villageCode: "36.04.13.2010" })).rejects.toEqual(new FieldError("villageCode", "unknownVillage"));
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ email: user.email, villageCode: LONTAR });
    expect(await db.auditLog.count()).toBe(0);
  });

  it("an admin cannot change their own role (the portal could be left without an admin)", async () => {
    const adminUser = await createTestUser(db, { role: "ADMIN" });
    const input = { id: adminUser.id, email: adminUser.email, name: adminUser.name, role: "ORGANIZER", villageCode: LONTAR } as const;
    await expect(updateUser(actorOf(adminUser), input)).rejects.toEqual(new FieldError("role", "cannotChangeOwnRole"));
  });

  it("saving unchanged values writes no audit entry", async () => {
    const admin = actorOf(await createTestUser(db, { role: "ADMIN" }));
    const user = await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR });
    await updateUser(admin, { id: user.id, email: user.email, name: user.name, role: "ORGANIZER", villageCode: LONTAR });
    expect(await db.auditLog.count()).toBe(0);
  });
});
