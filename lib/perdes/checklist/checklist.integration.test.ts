import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, type Actor } from "@/lib/authz";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestPerson } from "@/tests/factories/people";
import { createTestSession } from "@/tests/factories/perdes";
import { createTestPlacement } from "@/tests/factories/placements";
import { createTestRecruiter } from "@/tests/factories/recruiters";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { DEFAULT_CHECKLIST } from "../default-template";
import { addChecklistItem, updateChecklistItem } from "./edit-checklist-template";
import { ensureVillageTemplate } from "./ensure-village-template";
import { getChecklistTemplate } from "./get-checklist-template";
import { getDepartureVerification } from "./get-departure-verification";
import { startDepartureChecks } from "./start-departure-checks";
import { updateDepartureCheck } from "./update-departure-check";

const LONTAR = "36.04.13.2007";
const SUSUKAN = "36.04.13.2008";
const NOW = new Date("2026-12-03T03:00:00Z");

let organizer: Actor;
let official: Actor;
let officialB: Actor;
let staff: Actor;
let staffElsewhere: Actor;
let personId: string;

async function placement(status: "PROSPECTIVE" | "VERIFIED" | "DEPARTED" = "PROSPECTIVE") {
  return createTestPlacement(db, { personId, status, departureDate: status === "DEPARTED" ? new Date(Date.UTC(2026, 10, 1)) : null });
}

async function checkOf(placementId: string, kind: string) {
  return db.departureCheck.findFirstOrThrow({ where: { placementId, kind: kind as never } });
}

describe("the village's checklist template", () => {
  beforeEach(async () => {
    await resetDatabase();
    organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }));
    official = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: LONTAR }));
    officialB = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: SUSUKAN }));
    staff = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.04" }));
  });

  it("is made from the default once, with the Indonesian labels and an audit entry", async () => {
    expect(await db.$transaction((tx) => ensureVillageTemplate(tx, LONTAR, { actor: official }))).toBe(DEFAULT_CHECKLIST.length);
    expect(await db.$transaction((tx) => ensureVillageTemplate(tx, LONTAR, { actor: official }))).toBe(0);
    // Two first uses at once still make one template.
    await Promise.all([db.$transaction((tx) => ensureVillageTemplate(tx, SUSUKAN)), db.$transaction((tx) => ensureVillageTemplate(tx, SUSUKAN))]);
    expect(await db.villageChecklistItem.count({ where: { villageCode: SUSUKAN } })).toBe(DEFAULT_CHECKLIST.length);

    const items = await db.villageChecklistItem.findMany({ where: { villageCode: LONTAR }, orderBy: { sortOrder: "asc" } });
    expect(items.map((i) => i.kind)).toEqual(["FAMILY_CONSENT", "IDENTITY", "RECRUITER_CHECK", "JOB_ORDER", "DOCUMENTS", "SAFE_MIGRATION"]);
    expect(items[0]).toMatchObject({ label: expect.stringContaining("kantor desa"), legalBasis: expect.stringContaining("UU 18/2017 Pasal 13 huruf b"), mandatory: true, active: true });
    expect(await db.auditLog.count({ where: { action: "checklist-template.create", villageCode: LONTAR } })).toBe(1);
  });

  it("opening it is first use for the village's roles; BP3MI staff see the default without creating it", async () => {
    const seen = await getChecklistTemplate(staff, LONTAR);
    expect(seen.isDefault).toBe(true);
    expect(await db.villageChecklistItem.count()).toBe(0);
    const own = await getChecklistTemplate(organizer, LONTAR);
    expect(own.isDefault).toBe(false);
    expect(own.items).toHaveLength(DEFAULT_CHECKLIST.length);
    await expect(getChecklistTemplate(officialB, LONTAR)).rejects.toBeInstanceOf(NotFoundError);
    staffElsewhere = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.01" }));
    await expect(getChecklistTemplate(staffElsewhere, LONTAR)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("an official rewords an item, ties it to an article of the village's own Perdes, adds an item; each edit is audited", async () => {
    const { items } = await getChecklistTemplate(official, LONTAR);
    const consent = items[0]!;
    const regulation = await db.villageRegulation.create({ data: { villageCode: LONTAR, number: "3", year: 2018, title: "Pelindungan PMI", status: "IN_FORCE", articles: { create: [{ number: "Pasal 5", text: "Izin keluarga …" }] } }, include: { articles: true } });
    const other = await db.villageRegulation.create({ data: { villageCode: SUSUKAN, number: "1", year: 2020, title: "Lain", articles: { create: [{ number: "Pasal 2", text: "…" }] } }, include: { articles: true } });

    // Another village's article is not a choice.
    await expect(updateChecklistItem(official, { id: consent.id!, version: 0, label: "Izin keluarga", legalBasis: "", articleId: other.articles[0]!.id, mandatory: "on", active: "on", sortOrder: "10" })).rejects.toMatchObject({ field: "articleId", messageKey: "invalidChoice" });
    await updateChecklistItem(official, { id: consent.id!, version: 0, label: "Izin suami/istri di kantor desa", legalBasis: "UU 18/2017 Pasal 13 huruf b", articleId: regulation.articles[0]!.id, mandatory: "on", active: "on", sortOrder: "10" });
    expect(await db.villageChecklistItem.findUniqueOrThrow({ where: { id: consent.id! } })).toMatchObject({ label: "Izin suami/istri di kantor desa", articleId: regulation.articles[0]!.id, version: 1 });
    expect(await db.auditLog.findFirst({ where: { action: "checklist-item.update" } })).toMatchObject({ entityId: consent.id, villageCode: LONTAR, before: { label: expect.any(String) }, after: { label: "Izin suami/istri di kantor desa" } });
    // A stale version is refused.
    await expect(updateChecklistItem(official, { id: consent.id!, version: 0, label: "X", mandatory: "on", active: "on", sortOrder: "10" })).rejects.toMatchObject({ messageKey: "verification:versionConflict" });

    const added = await addChecklistItem(official, { label: "Tidak punya anak di bawah 3 tahun", legalBasis: "Perdes", mandatory: "", sortOrder: "" });
    expect(await db.villageChecklistItem.findUniqueOrThrow({ where: { id: added.id } })).toMatchObject({ kind: "OTHER", mandatory: false, sortOrder: 70, villageCode: LONTAR });
    expect(await db.auditLog.count({ where: { action: "checklist-item.create" } })).toBe(1);

    const view = await getChecklistTemplate(staff, LONTAR);
    expect(view.items[0]!.article).toMatchObject({ number: "Pasal 5", regulationId: regulation.id });
  });

  it("only officials edit it, and only their village's", async () => {
    const { items } = await getChecklistTemplate(official, LONTAR);
    const input = { id: items[1]!.id!, version: 0, label: "Identitas", mandatory: "on", active: "on", sortOrder: "20" };
    await expect(updateChecklistItem(organizer, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateChecklistItem(staff, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addChecklistItem(organizer, { label: "X", mandatory: "", sortOrder: "" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateChecklistItem(officialB, input)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("a placement's pre-departure checks", () => {
  beforeEach(async () => {
    await resetDatabase();
    organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }));
    official = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: LONTAR }));
    officialB = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: SUSUKAN }));
    staff = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.04" }));
    personId = (await createTestPerson(db, { villageCode: LONTAR, name: "Siti Nur Aminah" })).id;
  });

  it("start copies the active template items once; template edits later do not change them", async () => {
    const p = await placement();
    expect(await startDepartureChecks(organizer, { placementId: p.id })).toMatchObject({ created: DEFAULT_CHECKLIST.length });
    expect(await startDepartureChecks(organizer, { placementId: p.id })).toMatchObject({ created: 0 });
    expect(await db.departureCheck.count({ where: { placementId: p.id } })).toBe(DEFAULT_CHECKLIST.length);
    expect(await db.auditLog.count({ where: { action: "departure-check.start", entityId: p.id } })).toBe(1);

    const item = await db.villageChecklistItem.findFirstOrThrow({ where: { villageCode: LONTAR, kind: "JOB_ORDER" } });
    await updateChecklistItem(official, { id: item.id, version: 0, label: "Job order baru", mandatory: "", active: "", sortOrder: "40" });
    expect((await checkOf(p.id, "JOB_ORDER")).label).toBe("Job order diperiksa");

    // A new placement gets the active items only.
    const q = await placement("VERIFIED");
    await startDepartureChecks(official, { placementId: q.id });
    expect(await db.departureCheck.count({ where: { placementId: q.id } })).toBe(DEFAULT_CHECKLIST.length - 1);
  });

  it("start is for a placement of the actor's village that is still being verified", async () => {
    const p = await placement();
    await expect(startDepartureChecks(officialB, { placementId: p.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(startDepartureChecks(staff, { placementId: p.id })).rejects.toBeInstanceOf(ForbiddenError);
    const gone = await placement("DEPARTED");
    await expect(startDepartureChecks(official, { placementId: gone.id })).rejects.toMatchObject({ messageKey: "verification:placementNotVerifying" });
  });

  it("a check records status, evidence, checker and moment, with its own version, audited", async () => {
    const p = await placement();
    await startDepartureChecks(organizer, { placementId: p.id });
    const identity = await checkOf(p.id, "IDENTITY");
    await updateDepartureCheck(organizer, { id: identity.id, version: 0, status: "DONE", evidenceNote: "KK no. 3604…, cocok" }, { now: NOW });
    expect(await db.departureCheck.findUniqueOrThrow({ where: { id: identity.id } })).toMatchObject({ status: "DONE", evidenceNote: "KK no. 3604…, cocok", checkedById: organizer.id, checkedAt: NOW, version: 1 });
    expect(await db.auditLog.findFirst({ where: { action: "departure-check.update" } })).toMatchObject({ entityId: identity.id, villageCode: LONTAR, after: { status: "DONE", checkedById: organizer.id } });
    await expect(updateDepartureCheck(official, { id: identity.id, version: 0, status: "PENDING" })).rejects.toMatchObject({ messageKey: "verification:versionConflict" });
    // Back to PENDING clears the checker.
    await updateDepartureCheck(official, { id: identity.id, version: 1, status: "PENDING" });
    expect(await db.departureCheck.findUniqueOrThrow({ where: { id: identity.id } })).toMatchObject({ status: "PENDING", checkedById: null, checkedAt: null });
  });

  it("NOT_APPLICABLE is refused for a mandatory item and allowed for an optional one", async () => {
    const p = await placement();
    await startDepartureChecks(organizer, { placementId: p.id });
    const jobOrder = await checkOf(p.id, "JOB_ORDER");
    await expect(updateDepartureCheck(organizer, { id: jobOrder.id, version: 0, status: "NOT_APPLICABLE" })).rejects.toMatchObject({ field: "status", messageKey: "verification:notApplicableMandatory" });
    await db.departureCheck.update({ where: { id: jobOrder.id }, data: { mandatory: false } });
    await updateDepartureCheck(organizer, { id: jobOrder.id, version: 0, status: "NOT_APPLICABLE", evidenceNote: "Program G to G" });
    expect((await checkOf(p.id, "JOB_ORDER")).status).toBe("NOT_APPLICABLE");
  });

  it("RECRUITER_CHECK records the registry entry and its licence; a revoked licence cannot be DONE", async () => {
    const p = await placement();
    await startDepartureChecks(organizer, { placementId: p.id });
    const check = await checkOf(p.id, "RECRUITER_CHECK");
    await expect(updateDepartureCheck(organizer, { id: check.id, version: 0, status: "DONE" })).rejects.toMatchObject({ field: "recruiterId", messageKey: "verification:recruiterRequired" });

    const revoked = await createTestRecruiter(db, { name: "PT Cabut Izin", status: "REVOKED" });
    const answer = await updateDepartureCheck(organizer, { id: check.id, version: 0, status: "DONE", recruiterId: revoked.id }, { now: NOW });
    expect(answer).toMatchObject({ status: "FAILED", failedOnLicence: "REVOKED" });
    expect(await db.departureCheck.findUniqueOrThrow({ where: { id: check.id } })).toMatchObject({ status: "FAILED", recruiterId: revoked.id, result: "REVOKED", checkedById: organizer.id });

    const active = await createTestRecruiter(db, { name: "PT Resmi Jaya", status: "ACTIVE" });
    expect(await updateDepartureCheck(organizer, { id: check.id, version: 1, status: "DONE", recruiterId: active.id })).toMatchObject({ status: "DONE", failedOnLicence: null });
    // The licence is what it was when checked, even if BP3MI changes it later.
    await db.recruiter.update({ where: { id: active.id }, data: { status: "SUSPENDED" } });
    const view = await getDepartureVerification(staff, p.id);
    expect(view.checks.find((c) => c.kind === "RECRUITER_CHECK")).toMatchObject({ status: "DONE", licenceAtCheck: "ACTIVE", recruiter: { name: "PT Resmi Jaya", status: "SUSPENDED" } });
  });

  it("FAMILY_CONSENT DONE names who consented", async () => {
    const p = await placement();
    await startDepartureChecks(organizer, { placementId: p.id });
    const check = await checkOf(p.id, "FAMILY_CONSENT");
    await expect(updateDepartureCheck(organizer, { id: check.id, version: 0, status: "DONE", consenterName: "Ahmad" })).rejects.toMatchObject({ field: "consenterRelation", messageKey: "verification:consenterRequired" });
    await updateDepartureCheck(organizer, { id: check.id, version: 0, status: "DONE", consenterName: "Ahmad Fauzi", consenterRelation: "SPOUSE" });
    const view = await getDepartureVerification(official, p.id);
    expect(view.checks[0]).toMatchObject({ kind: "FAMILY_CONSENT", consenter: { name: "Ahmad Fauzi", relation: "SPOUSE" } });
  });

  it("reading is scoped: the village's roles and BP3MI staff of the region; another village's official gets NotFound", async () => {
    const p = await placement();
    await startDepartureChecks(organizer, { placementId: p.id });
    const check = await checkOf(p.id, "IDENTITY");
    await expect(getDepartureVerification(officialB, p.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateDepartureCheck(officialB, { id: check.id, version: 0, status: "DONE" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateDepartureCheck(staff, { id: check.id, version: 0, status: "DONE" })).rejects.toBeInstanceOf(ForbiddenError);
    staffElsewhere = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.01" }));
    await expect(getDepartureVerification(staffElsewhere, p.id)).rejects.toBeInstanceOf(NotFoundError);
    const view = await getDepartureVerification(staff, p.id);
    expect(view).toMatchObject({ started: true, complete: false, progress: { done: 0, mandatory: 6, total: 6 }, documents: { verified: 0, total: 8 } });
    expect(view.outstanding).toHaveLength(6);
  });

  it("shows the safe-migration sessions the person attended and the Pasal 13 documents verified", async () => {
    const p = await createTestPlacement(db, { personId, checklist: { P13_PASSPORT: "VERIFIED", P13_WORK_VISA: "VERIFIED", P5_AGE: "VERIFIED" } });
    await createTestSession(db, { villageCode: LONTAR, heldOn: new Date(Date.UTC(2026, 9, 12)), title: "Migrasi aman bersama BP3MI", attendeeIds: [personId] });
    await createTestSession(db, { villageCode: LONTAR, heldOn: new Date(Date.UTC(2026, 9, 20)), topic: "TPPO", attendeeIds: [personId] });
    const view = await getDepartureVerification(organizer, p.id);
    expect(view.safeMigrationSessions).toEqual([expect.objectContaining({ title: "Migrasi aman bersama BP3MI" })]);
    expect(view.documents).toEqual({ verified: 2, total: 8 });
    expect(view.started).toBe(false);
  });
});
