import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password-hash";
import { FieldError } from "@/lib/validation/errors";
import { resetDatabase } from "@/tests/helpers/test-db";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { ensureRegion, ensureVillage } from "@/tests/factories/villages";
import { createUser } from "./create-user";

const asText = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? x.toString() : x));

const LONTAR = "36.04.13.2007";

async function admin() {
  return actorOf(await createTestUser(db, { role: "ADMIN", email: "admin@uji.id" }));
}

const organizer = { email: "Siti@Lontar.ID", name: "Siti Aminah", role: "ORGANIZER", villageCode: LONTAR, regionCode: "" } as const;

describe("createUser", () => {
  beforeEach(async () => {
    await resetDatabase();
    await ensureVillage(db, LONTAR);
  });

  it("creates the user with a one-time password that must be changed", async () => {
    const actor = await admin();
    const { id, oneTimePassword } = await createUser(actor, organizer, { ip: "10.0.0.1" });
    const user = await db.user.findUniqueOrThrow({ where: { id } });
    expect(user).toMatchObject({ email: "siti@lontar.id", name: "Siti Aminah", role: "ORGANIZER", villageCode: LONTAR, regionCode: null, mustChangePassword: true });
    expect(await verifyPassword(user.passwordHash, oneTimePassword)).toBe(true);
    expect(user.passwordHash).not.toContain(oneTimePassword);
  });

  it("records the creation in the audit log, without the password", async () => {
    const actor = await admin();
    const { id, oneTimePassword } = await createUser(actor, organizer, { ip: "10.0.0.1" });
    const entries = await db.auditLog.findMany({ where: { action: "user.create" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: actor.id, actorEmail: "admin@uji.id", actorRole: "ADMIN", entity: "User", entityId: id, villageCode: LONTAR, before: null, ip: "10.0.0.1" });
    expect(entries[0]!.after).toMatchObject({ email: "siti@lontar.id", role: "ORGANIZER", mustChangePassword: true, passwordHash: "[disembunyikan]" });
    const user = await db.user.findUniqueOrThrow({ where: { id } });
    const logged = asText(entries);
    expect(logged).not.toContain(oneTimePassword);
    expect(logged).not.toContain(user.passwordHash);
  });

  it.each([
    ["empty fields", { email: "", name: "", role: "ORGANIZER", villageCode: LONTAR }],
    ["a name that is too long", { ...organizer, name: "x".repeat(101) }],
    ["a malformed e-mail", { ...organizer, email: "bukan-email" }],
    ["markup in the name", { ...organizer, name: "<script>alert(1)</script>" }],
    ["a village role without a village", { ...organizer, villageCode: "" }],
    ["BP3MI staff without a region", { ...organizer, role: "BP3MI_STAFF", villageCode: "" }],
  ])("refuses %s and stores nothing, not even an audit entry", async (_label, input) => {
    const actor = await admin();
    await expect(createUser(actor, input as never)).rejects.toThrow();
    expect(await db.user.count()).toBe(1); // the admin
    expect(await db.auditLog.count()).toBe(0);
  });

  it("refuses an e-mail that is taken (in any letter case)", async () => {
    const actor = await admin();
    await createUser(actor, organizer);
    const again = createUser(actor, { ...organizer, email: "SITI@lontar.id", name: "Siti Lain" });
    await expect(again).rejects.toEqual(new FieldError("email", "emailTaken"));
    expect(await db.user.count({ where: { email: "siti@lontar.id" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "user.create" } })).toBe(1);
  });

  it("refuses a village that is not registered in Lontar, or no longer active", async () => {
    const actor = await admin();
    await ensureRegion(db, "36.04.13.2008"); // a real desa, but no Village row
    await expect(createUser(actor, { ...organizer, villageCode: "36.04.13.2008" })).rejects.toEqual(new FieldError("villageCode", "unknownVillage"));
    await ensureVillage(db, "36.04.13.2009", { active: false });
    await expect(createUser(actor, { ...organizer, villageCode: "36.04.13.2009" })).rejects.toEqual(new FieldError("villageCode", "unknownVillage"));
    expect(await db.auditLog.count()).toBe(0);
  });

  it("assigns BP3MI staff to a province or kabupaten/kota that exists, nothing else", async () => {
    const actor = await admin();
    const staff = { email: "dewi@bp3mi.id", name: "Dewi Lestari", role: "BP3MI_STAFF", villageCode: LONTAR, regionCode: "36.04" } as const;
    const { id } = await createUser(actor, staff);
    expect(await db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ regionCode: "36.04", villageCode: null });
    await expect(createUser(actor, { ...staff, email: "x@bp3mi.id", regionCode: "99.99" })).rejects.toEqual(new FieldError("regionCode", "unknownRegion"));
    // A kecamatan is too narrow for BP3MI (the schema refuses its format).
    await expect(createUser(actor, { ...staff, email: "y@bp3mi.id", regionCode: "36.04.13" })).rejects.toThrow();
  });
});
