import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/authz";
import { resetDatabase } from "@/tests/helpers/test-db";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { createTestPerson } from "@/tests/factories/people";
import { createTestPlacement, ensurePlacementReference } from "@/tests/factories/placements";
import { ensureVillage } from "@/tests/factories/villages";
import { BAD_KINDS, FIXTURE_HEADERS, fixtureRow, lineOf, spreadBadRows, writeFixtureCsv, writeFixtureXlsx, type FixtureOptions } from "@/tests/fixtures/import/generate-import-file";
import { REQUIREMENT_CODES } from "@/lib/placements/requirements";
import { cancelImport, confirmImport, getImport, setImportMapping } from "./import-operations";
import { closeImportPool } from "./pg-pool";
import { readErrors } from "./read-errors";
import { waitForImportJobs } from "./run-import-job";
import { uploadImport } from "./upload-import";

// The whole import against the real database: upload → mapping → preview → commit.

const LONTAR = "36.04.13.2007";
const SUSUKAN = "36.04.13.2008";
const ROWS = 1000;
const BAD = spreadBadRows(ROWS);

let dir: string;
let organizer: Actor;
let otherOrganizer: Actor;

async function fixture(name: string, opts: FixtureOptions, format: "xlsx" | "csv" = "xlsx"): Promise<{ name: string; bytes: Uint8Array }> {
  const file = path.join(dir, name);
  if (format === "xlsx") await writeFixtureXlsx(file, opts);
  else await writeFixtureCsv(file, { ...opts, delimiter: ";" });
  return { name, bytes: new Uint8Array(await readFile(file)) };
}

/** Upload and validate with the guessed mapping; the import in stage preview. */
async function preview(actor: Actor, file: { name: string; bytes: Uint8Array }) {
  const upload = await uploadImport(actor, file);
  if (!upload.ok) throw new Error(`upload refused: ${upload.reason}`);
  const uploaded = await getImport(actor, upload.id);
  expect(await setImportMapping(actor, upload.id, uploaded.mapping!)).toEqual({ ok: true });
  await waitForImportJobs();
  return getImport(actor, upload.id);
}

async function commit(actor: Actor, id: string) {
  expect(await confirmImport(actor, id, { skipErrors: true, ip: "10.0.0.9" })).toEqual({ ok: true });
  await waitForImportJobs();
  return getImport(actor, id);
}

const counts = async () => ({
  people: await db.person.count(),
  households: await db.household.count(),
  placements: await db.placement.count(),
  audit: await db.auditLog.count(),
});

describe("import pipeline", () => {
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "lontar-import-"));
    process.env.LONTAR_IMPORT_DIR = path.join(dir, "imports");
    await resetDatabase();
    await ensureVillage(db, LONTAR);
    await ensureVillage(db, SUSUKAN);
    await ensurePlacementReference(db);
    organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }));
    otherOrganizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: SUSUKAN }));
  });

  afterAll(async () => {
    await closeImportPool();
    await rm(dir, { recursive: true, force: true });
    delete process.env.LONTAR_IMPORT_DIR;
  });

  it("guesses the mapping from the headers", async () => {
    const upload = await uploadImport(organizer, await fixture("guess.xlsx", { rows: 5 }));
    expect(upload.ok).toBe(true);
    const status = await getImport(organizer, (upload as { id: string }).id);
    expect(status.stage).toBe("mapping");
    expect(Object.values(status.mapping!)).toEqual([...Array(18).keys()]);
    expect(status.sample).toHaveLength(3);
    expect(await cancelImport(organizer, status.id)).toBe(true);
  });

  it("previews a 1,000-row file with 10 bad rows: exactly those, with line numbers, and writes nothing", async () => {
    const before = await counts();
    const status = await preview(organizer, await fixture("data-cpmi.xlsx", { rows: ROWS, bad: BAD }));
    expect(status.stage).toBe("preview");
    expect(status.preview).toMatchObject({ rows: 1000, valid: 990, new: 990, update: 0, errorRows: 10, errors: 10 });

    const errors = [];
    for await (const e of readErrors(status)) errors.push(e);
    const expected = [...BAD].sort((a, b) => a[0] - b[0]).map(([index, kind]) => {
      const k = BAD_KINDS.find((b) => b.kind === kind)!;
      return { line: lineOf(index), field: k.field, reason: k.reason };
    });
    expect(errors.map((e) => ({ line: e.line, field: e.field, reason: e.reason }))).toEqual(expected);
    expect(errors.find((e) => e.reason === "duplicateInFile")!.params).toEqual({ line: 2 });
    expect(errors.find((e) => e.reason === "nikLength")!.value).toHaveLength(15);

    expect(await counts()).toEqual(before);
  });

  it("commits only after the user chose to skip the bad rows, then writes the 990 good ones", async () => {
    const status = await preview(organizer, await fixture("commit.xlsx", { rows: ROWS, bad: BAD }));
    expect(await confirmImport(organizer, status.id, { skipErrors: false })).toEqual({ ok: false, reason: "mustSkipErrors" });
    expect(await db.person.count()).toBe(0);

    const done = await commit(organizer, status.id);
    expect(done.stage).toBe("done");
    expect(done.result).toMatchObject({ created: 990, updated: 0, unchanged: 0, skipped: 10 });
    expect(await db.person.count()).toBe(990);
    expect(await db.person.count({ where: { villageCode: LONTAR, createdById: organizer.id } })).toBe(990);

    // Row 3 of the file (data row 1): a placed woman with a KK.
    const row = fixtureRow(1, { rows: ROWS });
    const person = await db.person.findUniqueOrThrow({ where: { nik: row[0] as string }, include: { household: true, placements: { include: { requirements: true } } } });
    expect(person).toMatchObject({ name: row[1], sex: "FEMALE", birthPlace: row[3], rt: expect.stringMatching(/^\d{3}$/), relationToHead: "SPOUSE", version: 0 });
    expect(person.household?.kkNumber).toBe(row[12]);
    expect(person.placements).toHaveLength(1);
    const placement = person.placements[0]!;
    expect(placement).toMatchObject({ status: "PROSPECTIVE", countryCode: "TW", channel: "P3MI", recruiterName: "PT Sinar Jaya Abadi", villageCode: LONTAR });
    expect(placement.requirements.map((r) => r.code).sort()).toEqual([...REQUIREMENT_CODES].sort());
    expect(placement.requirements.every((r) => r.status === "MISSING")).toBe(true);
    expect(person).toMatchObject({ currentPlacementId: placement.id, currentStatus: "PROSPECTIVE", currentCountryCode: "TW", currentJobCode: placement.jobCode, currentChecklistComplete: false });

    const placed = await db.placement.count();
    expect(await db.placementRequirement.count()).toBe(placed * 13);
    expect(await db.person.count({ where: { currentPlacementId: { not: null } } })).toBe(placed);

    // Audited: one entry per person, household and placement, and one for the import.
    expect(await db.auditLog.count({ where: { action: "person.create" } })).toBe(990);
    expect(await db.auditLog.count({ where: { action: "household.create" } })).toBe(await db.household.count());
    expect(await db.auditLog.count({ where: { action: "placement.create" } })).toBe(placed);
    const summary = await db.auditLog.findFirstOrThrow({ where: { action: "registry.import" } });
    expect(summary).toMatchObject({ entity: "Import", entityId: status.id, villageCode: LONTAR, actorId: organizer.id, ip: "10.0.0.9" });
    expect(summary.after).toMatchObject({ fileName: "commit.xlsx", rows: 1000, created: 990, skipped: 10 });
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "person.create", entityId: person.id } });
    expect(entry.after).toMatchObject({ nik: `${person.nik.slice(0, 4)}••••••••${person.nik.slice(-4)}`, name: person.name, birthDate: `${person.birthDate.toISOString().slice(0, 10)}T00:00:00.000Z` });
    const logged = JSON.stringify(await db.auditLog.findMany(), (_k, v) => (typeof v === "bigint" ? v.toString() : v));
    expect(logged).not.toContain(person.nik);
  });

  it("updates on re-import, matched by NIK, without duplicating people or placements", async () => {
    const before = await counts();
    const status = await preview(organizer, await fixture("again.csv", { rows: ROWS, bad: BAD, nameSuffix: " Baru" }, "csv"));
    expect(status.preview).toMatchObject({ valid: 990, new: 0, update: 990, errorRows: 10 });
    const done = await commit(organizer, status.id);
    expect(done.result).toMatchObject({ created: 0, updated: 990, unchanged: 0 });
    const after = await counts();
    expect(after.people).toBe(before.people);
    expect(after.households).toBe(before.households);
    expect(after.placements).toBe(before.placements);

    const row = fixtureRow(1, { rows: ROWS, nameSuffix: " Baru" });
    const person = await db.person.findUniqueOrThrow({ where: { nik: row[0] as string } });
    expect(person).toMatchObject({ name: row[1], version: 1 });
    const update = await db.auditLog.findFirstOrThrow({ where: { action: "person.update", entityId: person.id } });
    expect(update.before).toEqual({ name: (row[1] as string).replace(" Baru", "") });
    expect(update.after).toEqual({ name: row[1] });

    // The same file once more: nothing changes, nothing is audited per person.
    const same = await preview(organizer, await fixture("same.csv", { rows: ROWS, bad: BAD, nameSuffix: " Baru" }, "csv"));
    const unchanged = await commit(organizer, same.id);
    expect(unchanged.result).toMatchObject({ created: 0, updated: 0, unchanged: 990 });
    expect(await db.auditLog.count({ where: { action: "person.update" } })).toBe(990);
  });

  it("keeps Person.current* right for people already registered, and continues an open trip", async () => {
    const birthDate = new Date(Date.UTC(1991, 2, 3));
    const [a, b, c] = await Promise.all([1, 2, 3].map((serial) => createTestPerson(db, { villageCode: LONTAR, nik: undefined, birthDate, sex: "FEMALE", serial: 9000 + serial })));
    const departed = await createTestPlacement(db, { personId: a!.id, status: "DEPARTED", countryCode: "HK", jobCode: "HOUSEKEEPER", departureDate: new Date(Date.UTC(2026, 0, 1)) });
    const open = await createTestPlacement(db, { personId: c!.id, status: "PROSPECTIVE", countryCode: "HK", jobCode: "HOUSEKEEPER", departureDate: null, recruiterName: null });
    const line = (nik: string, name: string, country: string, job: string, departure: string) =>
      [nik, name, "P", "Serang", "03/03/1991", "", "", "", "", "", "", "", "", "", country, job, "PT Maju", departure].join(";");
    const csv = [FIXTURE_HEADERS.join(";"), line(a!.nik, "A", "Taiwan", "Pengasuh lansia", "01/03/2020"), line(b!.nik, "B", "Malaysia", "Operator pabrik", ""), line(c!.nik, "C", "Hong Kong", "PRT", "05/05/2027")].join("\n");
    const status = await preview(organizer, { name: "existing.csv", bytes: new TextEncoder().encode(csv) });
    expect(status.preview).toMatchObject({ valid: 3, update: 3, placements: 3 });
    const done = await commit(organizer, status.id);
    expect(done.result).toMatchObject({ updated: 3, placements: 3 });

    // A: the new trip left earlier than the one abroad now, so the current one stays.
    const pa = await db.person.findUniqueOrThrow({ where: { id: a!.id }, include: { placements: true } });
    expect(pa.placements).toHaveLength(2);
    expect(pa).toMatchObject({ currentPlacementId: departed.id, currentStatus: "DEPARTED", currentCountryCode: "HK" });
    // B: had none; the imported trip is current.
    const pb = await db.person.findUniqueOrThrow({ where: { id: b!.id }, include: { placements: true } });
    expect(pb.placements).toHaveLength(1);
    expect(pb).toMatchObject({ currentPlacementId: pb.placements[0]!.id, currentStatus: "PROSPECTIVE", currentCountryCode: "MY", currentSector: "FORMAL", currentRecruiter: "PT Maju" });
    // C: the same open trip, now with its departure date and recruiter; no second placement.
    const pc = await db.person.findUniqueOrThrow({ where: { id: c!.id }, include: { placements: true } });
    expect(pc.placements).toHaveLength(1);
    expect(pc.placements[0]).toMatchObject({ id: open.id, departureDate: new Date(Date.UTC(2027, 4, 5)), recruiterName: "PT Maju", version: 1 });
    expect(pc).toMatchObject({ currentPlacementId: open.id, currentRecruiter: "PT Maju" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "placement.update", entityId: open.id } });
    expect(audit.before).toEqual({ recruiterName: null, departureDate: null, version: 0 });
    expect(audit.after).toEqual({ recruiterName: "PT Maju", departureDate: "2027-05-05T00:00:00.000Z", version: 1 });
  });

  it("refuses a NIK (and a KK) of another village without touching it", async () => {
    const before = await counts();
    const status = await preview(otherOrganizer, await fixture("other-village.xlsx", { rows: 20 }));
    expect(status.preview).toMatchObject({ rows: 20, valid: 0, errorRows: 20 });
    const errors = [];
    for await (const e of readErrors(status)) errors.push(e);
    expect(errors.filter((e) => e.reason === "nikOtherVillage")).toHaveLength(20);
    expect(errors.filter((e) => e.reason === "kkOtherVillage")).toHaveLength(20);
    // Nothing about the other village's record leaks into the report.
    expect(JSON.stringify(errors)).not.toContain("Baru");
    expect(await confirmImport(otherOrganizer, status.id, { skipErrors: true })).toEqual({ ok: false, reason: "nothingToImport" });
    expect(await counts()).toEqual(before);
  });

  it("keeps an import private to the user who uploaded it", async () => {
    const upload = await uploadImport(organizer, await fixture("private.xlsx", { rows: 3 }));
    const id = (upload as { id: string }).id;
    await expect(getImport(otherOrganizer, id)).rejects.toThrow(/not found/i);
    const colleague = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: LONTAR }));
    await expect(getImport(colleague, id)).rejects.toThrow(/not found/i);
    const bp3mi = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36" }));
    await expect(getImport(bp3mi, id)).rejects.toThrow(/forbidden|permission/i);
  });

  it("leaves nothing when the commit fails in the middle", async () => {
    const before = await counts();
    const status = await preview(organizer, await fixture("fails.xlsx", { rows: 300, kecamatan: "360414" }));
    expect(status.preview).toMatchObject({ valid: 300, new: 300 });
    // A real failure late in the transaction: the checklist rows are refused, after people,
    // households and placements were already inserted.
    await db.$executeRawUnsafe(`CREATE FUNCTION import_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full (test)'; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER import_test_fail BEFORE INSERT ON "PlacementRequirement" FOR EACH STATEMENT EXECUTE FUNCTION import_test_fail()`);
    try {
      const failed = await commit(organizer, status.id);
      expect(failed.stage).toBe("failed");
      expect(failed.failure).toMatchObject({ reason: "unexpected", during: "committing" });
      expect(failed.failure!.ref).toMatch(/^[0-9a-f]{8}$/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER import_test_fail ON "PlacementRequirement"`);
      await db.$executeRawUnsafe(`DROP FUNCTION import_test_fail()`);
    }
    expect(await counts()).toEqual(before);

    // The preview still stands: confirming again commits.
    const retried = await commit(organizer, status.id);
    expect(retried.result).toMatchObject({ created: 300 });
  });

  it("aborts, writing nothing, when a NIK was registered in another village after the preview", async () => {
    const status = await preview(organizer, await fixture("race.xlsx", { rows: 50, kecamatan: "360415" }));
    const row = fixtureRow(7, { rows: 50, kecamatan: "360415" });
    await db.person.create({
      data: { villageCode: SUSUKAN, nik: row[0] as string, name: "Orang Lain", sex: "FEMALE", birthPlace: "Serang", birthDate: new Date(Date.UTC(1970, 0, 8)) },
    });
    const before = await counts();
    const failed = await commit(organizer, status.id);
    expect(failed.failure).toMatchObject({ reason: "changed", during: "committing" });
    expect(await counts()).toEqual(before);
    const other = await db.person.findUniqueOrThrow({ where: { nik: row[0] as string } });
    expect(other).toMatchObject({ villageCode: SUSUKAN, name: "Orang Lain" });
  });

  it("refuses files that are not a spreadsheet by their bytes, whatever their name", async () => {
    const exe = new Uint8Array(4096);
    exe.set([0x4d, 0x5a, 0x90, 0x00]);
    expect(await uploadImport(organizer, { name: "data.xlsx", bytes: exe })).toEqual({ ok: false, reason: "binary" });
    expect(await uploadImport(organizer, { name: "data.csv", bytes: new Uint8Array() })).toEqual({ ok: false, reason: "missing" });
    expect(await uploadImport(organizer, { name: "x.csv", bytes: new TextEncoder().encode("hanya satu kolom\n") })).toEqual({ ok: false, reason: "noHeader" });
  });
});
