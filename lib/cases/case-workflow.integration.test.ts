import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, type Actor } from "@/lib/authz";
import { verifyPassword } from "@/lib/auth/password-hash";
import { FieldError } from "@/lib/validation/errors";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestPerson } from "@/tests/factories/people";
import { createTestPlacement, ensurePlacementReference } from "@/tests/factories/placements";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { addCaseNote } from "./add-case-note";
import { assignHandler } from "./assign-handler";
import { changeCaseStep } from "./change-case-step";
import { getCase, listCaseEvents } from "./get-case";
import { reportCase } from "./report-case";
import { updateCaseInfo } from "./update-case-info";

const LONTAR = "36.04.13.2007";
const SUSUKAN = "36.04.13.2008";
const SUMBERJAYA = "36.01.01.2001"; // Pandeglang: another region
// Monday 23 November 2026, 10:00 WIB (before the real "now", so later steps sort after it).
const MONDAY = new Date("2026-11-23T03:00:00Z");
const HOUR = 3_600_000;

let organizer: Actor;
let organizerB: Actor;
let official: Actor;
let staff: Actor;
let staffOther: Actor;
let admin: Actor;

const INTAKE = { reporterName: "Ahmad", reporterRelation: "Suami", reporterPhone: "0812 3456 7890", whatHappened: "Majikan menahan paspor dan gaji." };

describe("case intake and workflow", () => {
  beforeEach(async () => {
    await resetDatabase();
    await ensurePlacementReference(db);
    organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }));
    organizerB = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: SUSUKAN }));
    official = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: LONTAR }));
    staff = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.04", name: "Dewi BP3MI" }));
    staffOther = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.01" }));
    admin = actorOf(await createTestUser(db, { role: "ADMIN" }));
  });

  it("records an urgent case for a registered worker with a number, a tracking code and a PIN kept only as a hash", async () => {
    const person = await createTestPerson(db, { villageCode: LONTAR, name: "Nur Halimah" });
    const placement = await createTestPlacement(db, { personId: person.id, status: "DEPARTED", countryCode: "MY", departureDate: new Date("2025-01-10") });
    const made = await reportCase(organizer, { ...INTAKE, personId: person.id, category: "VIOLENCE", urgency: "auto" }, { now: MONDAY, ip: "10.0.0.9" });
    expect(made.number).toBe("KSS-2026-000001");
    expect(made.trackingCode).toMatch(/^PK-/);
    expect(made.pin).toMatch(/^\d{6}$/);
    const row = await db.case.findUniqueOrThrow({ where: { id: made.id } });
    expect(row).toMatchObject({ villageCode: LONTAR, workerName: "Nur Halimah", placementId: placement.id, countryCode: "MY", urgent: true, status: "REPORTED" });
    expect(row.dueAt?.toISOString()).toBe(new Date(MONDAY.getTime() + 24 * HOUR).toISOString());
    expect(row.pinHash).not.toContain(made.pin);
    expect(await verifyPassword(row.pinHash, made.pin)).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "case.report" } });
    expect(audit).toMatchObject({ entityId: made.id, villageCode: LONTAR, ip: "10.0.0.9" });
    expect(JSON.stringify(audit.after)).not.toContain("pinHash");

    const second = await reportCase(organizer, { ...INTAKE, workerName: "Rina", category: "UNPAID_WAGES" }, { now: MONDAY });
    expect(second.number).toBe("KSS-2026-000002");
    const normal = await db.case.findUniqueOrThrow({ where: { id: second.id } });
    expect(normal.urgent).toBe(false);
    expect(normal.dueAt?.toISOString()).toBe("2026-11-26T03:00:00.000Z"); // 3 working days
  });

  it("refuses a person of another village, a future date, and roles that do not report", async () => {
    const other = await createTestPerson(db, { villageCode: SUSUKAN });
    await expect(reportCase(organizer, { ...INTAKE, personId: other.id, category: "ILLNESS" })).rejects.toMatchObject({ field: "personId" });
    await expect(reportCase(organizer, { ...INTAKE, workerName: "X", category: "ILLNESS", happenedOn: "2099-01-01" })).rejects.toMatchObject({ field: "happenedOn" });
    await expect(reportCase(organizer, { ...INTAKE, category: "ILLNESS" })).rejects.toMatchObject({ field: "workerName" });
    await expect(reportCase(official, { ...INTAKE, workerName: "X", category: "ILLNESS" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(reportCase(staff, { ...INTAKE, workerName: "X", category: "ILLNESS" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.case.count()).toBe(0);
  });

  it("takes a case from verification to closing, with deadlines, timeline and audit", async () => {
    const { id } = await reportCase(organizer, { ...INTAKE, workerName: "Nur", category: "UNPAID_WAGES" }, { now: MONDAY });
    await changeCaseStep(staff, { id, version: 0, step: "verify", reason: "" }, { now: new Date(MONDAY.getTime() + HOUR) });
    let row = await db.case.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "VERIFIED", version: 1, missedDeadline: false });
    expect(row.verifiedAt).not.toBeNull();
    await assignHandler(staff, { id, version: 1, handlerId: staff.id });
    await changeCaseStep(staff, { id, version: 2, step: "mediate" });
    await changeCaseStep(staff, { id, version: 3, step: "resolve" });
    await expect(changeCaseStep(staff, { id, version: 4, step: "close", closeReason: "HANDED_OVER" })).rejects.toMatchObject({ messageKey: "cases:closeResolvedWithResolved" });
    await changeCaseStep(staff, { id, version: 4, step: "close", closeReason: "RESOLVED", reason: "Gaji dibayar", shareable: "on" });
    row = await db.case.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "CLOSED", closeReason: "RESOLVED", handlerId: staff.id, dueAt: null });
    const events = await listCaseEvents(staff, id);
    expect(events.map((e) => e.kind)).toEqual(["STATUS", "STATUS", "STATUS", "ASSIGNED", "STATUS", "REPORTED"]);
    expect(events[0]).toMatchObject({ text: "Gaji dibayar", shareable: true, toStatus: "CLOSED" });
    const actions = (await db.auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["case.report", "case.verify", "case.assign", "case.mediate", "case.resolve", "case.close"]);

    await expect(changeCaseStep(staff, { id, version: 5, step: "reopen", reason: "" })).rejects.toMatchObject({ field: "reason" });
    await changeCaseStep(staff, { id, version: 5, step: "reopen", reason: "Majikan belum membayar sisa gaji" });
    row = await db.case.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "VERIFIED", closeReason: null, closedAt: null });
  });

  it("refuses a step not allowed from the status, and a stale page", async () => {
    const { id } = await reportCase(organizer, { ...INTAKE, workerName: "Nur", category: "UNPAID_WAGES" }, { now: MONDAY });
    await expect(changeCaseStep(staff, { id, version: 0, step: "resolve" })).rejects.toMatchObject({ messageKey: "cases:stepNotAllowed" });
    await expect(changeCaseStep(staff, { id, version: 0, step: "close" })).rejects.toMatchObject({ field: "closeReason" });
    await changeCaseStep(staff, { id, version: 0, step: "verify" });
    // A second person saving from the page they opened before the verification.
    await expect(assignHandler(staff, { id, version: 0, handlerId: staff.id })).rejects.toMatchObject({ messageKey: "cases:versionConflict" });
    await expect(updateCaseInfo(organizer, { id, version: 0, ...INTAKE, workerName: "Nur", category: "ILLNESS" })).rejects.toBeInstanceOf(FieldError);
    expect((await db.case.findUniqueOrThrow({ where: { id } })).category).toBe("UNPAID_WAGES");
  });

  it("marks a missed deadline when a step is taken late", async () => {
    const { id } = await reportCase(organizer, { ...INTAKE, workerName: "Nur", category: "UNPAID_WAGES" }, { now: MONDAY });
    await changeCaseStep(staff, { id, version: 0, step: "verify" }, { now: new Date("2026-11-30T03:00:00Z") });
    expect((await db.case.findUniqueOrThrow({ where: { id } })).missedDeadline).toBe(true);
  });

  it("keeps organizers and officials from verifying or closing, and other villages and regions out", async () => {
    const { id } = await reportCase(organizer, { ...INTAKE, workerName: "Nur", category: "UNPAID_WAGES" }, { now: MONDAY });
    for (const actor of [organizer, official]) {
      await expect(changeCaseStep(actor, { id, version: 0, step: "verify" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(changeCaseStep(actor, { id, version: 0, step: "close", closeReason: "HANDED_OVER" })).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(changeCaseStep(staffOther, { id, version: 0, step: "verify" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCase(staffOther, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCase(organizerB, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCase(admin, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addCaseNote(organizerB, { id, text: "x" })).rejects.toBeInstanceOf(NotFoundError);
    expect((await getCase(official, id)).number).toBe("KSS-2026-000001");
    expect((await getCase(staff, id)).number).toBe("KSS-2026-000001");
    // A handler must cover the case's village.
    const { id: idOther } = await reportCase(organizer, { ...INTAKE, workerName: "Rina", category: "ILLNESS" }, { now: MONDAY });
    await expect(assignHandler(staff, { id: idOther, version: 0, handlerId: staffOther.id })).rejects.toMatchObject({ field: "handlerId" });
    expect(SUMBERJAYA).toBeTruthy();
  });

  it("lets officials comment internally, and only organizers and staff share a note with the family", async () => {
    const { id } = await reportCase(organizer, { ...INTAKE, workerName: "Nur", category: "UNPAID_WAGES" }, { now: MONDAY });
    await addCaseNote(official, { id, text: "Keluarga datang ke kantor desa." });
    await expect(addCaseNote(official, { id, text: "Untuk keluarga", shareable: "on" })).rejects.toBeInstanceOf(ForbiddenError);
    await addCaseNote(staff, { id, text: "Kami sudah menghubungi KBRI.", shareable: "on" });
    const notes = (await listCaseEvents(official, id)).filter((e) => e.kind === "NOTE");
    expect(notes.map((n) => [n.text, n.shareable])).toEqual([["Kami sudah menghubungi KBRI.", true], ["Keluarga datang ke kantor desa.", false]]);
    expect(await db.auditLog.count({ where: { action: "case.note", entityId: id } })).toBe(2);
  });

  it("moves the due time when a case is made urgent", async () => {
    const { id } = await reportCase(organizer, { ...INTAKE, workerName: "Nur", category: "UNPAID_WAGES" }, { now: MONDAY });
    await updateCaseInfo(organizer, { id, version: 0, ...INTAKE, workerName: "Nur", category: "DETENTION", urgent: "on" });
    const row = await db.case.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ urgent: true, category: "DETENTION", version: 1 });
    expect(row.dueAt?.toISOString()).toBe(new Date(MONDAY.getTime() + 24 * HOUR).toISOString());
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "case.update" } });
    expect(audit.after).toMatchObject({ category: "DETENTION", urgent: true });
  });
});
