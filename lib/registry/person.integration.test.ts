import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/authz";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestPerson } from "@/tests/factories/people";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { ensureVillage } from "@/tests/factories/villages";
import { createPerson } from "./create-person";
import { NikTakenError, StaleRecordError } from "./errors";
import { getPerson } from "./get-person";
import { makeNik } from "./nik";
import { updatePerson } from "./update-person";

const A = "36.04.13.2007";
const B = "36.04.13.2008";
const BIRTH = new Date(Date.UTC(1995, 4, 17));
const NIK = makeNik("360413", BIRTH, "FEMALE", 7);
const siti = { nik: NIK, name: "Siti Aminah", sex: "FEMALE" as const, birthPlace: "Serang", birthDate: "1995-05-17", passportNumber: "C1234567", healthNotes: "Asma ringan" };

async function actor(role: "ORGANIZER" | "VILLAGE_OFFICIAL" | "BP3MI_STAFF" | "ADMIN", place?: string) {
  const opts = role === "BP3MI_STAFF" ? { role, regionCode: place } : role === "ADMIN" ? { role } : { role, villageCode: place };
  return actorOf(await createTestUser(db, opts));
}

const auditText = async () => JSON.stringify(await db.auditLog.findMany(), (_k, v) => (typeof v === "bigint" ? v.toString() : v));

describe("createPerson", () => {
  beforeEach(async () => {
    await resetDatabase();
    await ensureVillage(db, A);
    await ensureVillage(db, B);
  });

  it("registers the person in the actor's village and audits it without identifiers in clear", async () => {
    const organizer = await actor("ORGANIZER", A);
    const { id } = await createPerson(organizer, siti, { ip: "10.0.0.1" });
    expect(await db.person.findUniqueOrThrow({ where: { id } })).toMatchObject({ villageCode: A, nik: NIK, birthDate: BIRTH, createdById: organizer.id, version: 0 });
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "person.create" } });
    expect(entry).toMatchObject({ entity: "Person", entityId: id, villageCode: A, actorId: organizer.id, ip: "10.0.0.1" });
    expect(entry.after).toMatchObject({ nik: "3604••••••••0007", passportNumber: "C•••••67", healthNotes: "[disembunyikan]", name: "Siti Aminah" });
    const text = await auditText();
    expect(text).not.toContain(NIK);
    expect(text).not.toContain("C1234567");
    expect(text).not.toContain("Asma");
  });

  it("refuses a NIK registered in another village with the neutral message and nothing else", async () => {
    await createPerson(await actor("ORGANIZER", A), siti);
    const other = createPerson(await actor("ORGANIZER", B), { ...siti, name: "Nama Lain" });
    const error = await other.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NikTakenError);
    expect(error).toMatchObject({ field: "nik", messageKey: "registry:nikExistsElsewhere", where: "otherVillage", personId: null });
    expect(JSON.stringify(error)).not.toContain(A);
    expect(await db.person.count()).toBe(1);
    expect(await db.auditLog.count({ where: { action: "person.create" } })).toBe(1);
  });

  it("points to the existing person when the NIK is in the actor's own village", async () => {
    const organizer = await actor("ORGANIZER", A);
    const { id } = await createPerson(organizer, siti);
    await expect(createPerson(organizer, siti)).rejects.toMatchObject({ messageKey: "registry:nikExists", where: "sameVillage", personId: id });
  });

  it.each([
    ["15 digits", { nik: NIK.slice(0, 15) }],
    ["letters", { nik: "36041357O5950007" }],
    ["a birth date mismatch", { birthDate: "1995-05-18" }],
    ["a sex mismatch", { sex: "MALE" }],
    ["markup", { name: "<script>x</script>" }],
  ])("refuses %s and writes nothing", async (_label, change) => {
    await expect(createPerson(await actor("ORGANIZER", A), { ...siti, ...change } as never)).rejects.toThrow();
    expect(await db.person.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("lets only village roles create", async () => {
    for (const role of ["BP3MI_STAFF", "ADMIN"] as const) {
      await expect(createPerson(await actor(role, role === "BP3MI_STAFF" ? "36.04" : undefined), siti)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db.person.count()).toBe(0);
  });

  it("refuses a household of another village", async () => {
    const hh = await db.household.create({ data: { villageCode: B, kkNumber: "3604131503150007" } });
    await expect(createPerson(await actor("ORGANIZER", A), { ...siti, householdId: hh.id, relationToHead: "CHILD" as const })).rejects.toMatchObject({
      field: "householdId",
      messageKey: "registry:householdNotFound",
    });
  });
});

describe("getPerson", () => {
  beforeEach(resetDatabase);

  it("shows the person within scope only: another village's organizer gets NotFound", async () => {
    const p = await createTestPerson(db, { villageCode: A, passportNumber: "C1234567", healthNotes: "asma" });
    await expect(getPerson(await actor("ORGANIZER", B), p.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPerson(await actor("BP3MI_STAFF", "36.01"), p.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPerson(await actor("ORGANIZER", A), "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPerson(await actor("ADMIN"), p.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("gives village roles the identifiers, BP3MI staff of the kabupaten masked ones, and nobody the health notes", async () => {
    const p = await createTestPerson(db, { villageCode: A, passportNumber: "C1234567", healthNotes: "asma" });
    const own = await getPerson(await actor("VILLAGE_OFFICIAL", A), p.id);
    expect(own).toMatchObject({ nik: p.nik, passportNumber: "C1234567", identifiersMasked: false, hasHealthNotes: true, villageName: "Lontar" });
    const bp3mi = await getPerson(await actor("BP3MI_STAFF", "36.04"), p.id);
    expect(bp3mi).toMatchObject({ nik: `${p.nik.slice(0, 4)}••••••••${p.nik.slice(-4)}`, passportNumber: "C•••••67", identifiersMasked: true });
    for (const detail of [own, bp3mi]) expect(JSON.stringify(detail)).not.toContain("asma");
  });
});

describe("updatePerson", () => {
  beforeEach(resetDatabase);

  async function setup() {
    const organizer = await actor("ORGANIZER", A);
    const { id } = await createPerson(organizer, siti);
    return { organizer, id };
  }

  it("saves, raises the version and audits only what changed", async () => {
    const { organizer, id } = await setup();
    expect(await updatePerson(organizer, { ...siti, id, version: 0, dusun: "Kebon Kelapa" })).toEqual({ id, version: 1 });
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "person.update" } });
    expect(entry.before).toEqual({ dusun: null });
    expect(entry.after).toEqual({ dusun: "Kebon Kelapa" });
  });

  it("refuses a save from a form loaded before someone else's save (optimistic version)", async () => {
    const { organizer, id } = await setup();
    await updatePerson(organizer, { ...siti, id, version: 0, dusun: "Kebon Kelapa" });
    await expect(updatePerson(organizer, { ...siti, id, version: 0, dusun: "Pasir" })).rejects.toBeInstanceOf(StaleRecordError);
    expect((await db.person.findUniqueOrThrow({ where: { id } })).dusun).toBe("Kebon Kelapa");
    expect(await db.auditLog.count({ where: { action: "person.update" } })).toBe(1);
  });

  it("keeps health notes when the field is left empty, replaces or removes them on request", async () => {
    const { organizer, id } = await setup();
    const notes = async () => (await db.person.findUniqueOrThrow({ where: { id } })).healthNotes;
    await updatePerson(organizer, { ...siti, healthNotes: "", id, version: 0, dusun: "X" });
    expect(await notes()).toBe("Asma ringan");
    await updatePerson(organizer, { ...siti, healthNotes: "Sehat", id, version: 1 });
    expect(await notes()).toBe("Sehat");
    await updatePerson(organizer, { ...siti, healthNotes: "", clearHealthNotes: "on", id, version: 2 });
    expect(await notes()).toBeNull();
    expect(await auditText()).not.toContain("Sehat");
  });

  it("writes nothing for an unchanged form", async () => {
    const { organizer, id } = await setup();
    expect(await updatePerson(organizer, { ...siti, healthNotes: "", id, version: 0 })).toEqual({ id, version: 0 });
    expect(await db.auditLog.count({ where: { action: "person.update" } })).toBe(0);
  });

  it("refuses another village's person as not found, and a NIK taken elsewhere", async () => {
    const { id } = await setup();
    await expect(updatePerson(await actor("ORGANIZER", B), { ...siti, id, version: 0, dusun: "X" })).rejects.toBeInstanceOf(NotFoundError);
    const other = await createTestPerson(db, { villageCode: B });
    await expect(updatePerson(await actor("ORGANIZER", A), { ...siti, nik: other.nik, birthDate: "1995-05-17", id, version: 0 })).rejects.toMatchObject({
      messageKey: "registry:nikExistsElsewhere",
    });
  });
});
