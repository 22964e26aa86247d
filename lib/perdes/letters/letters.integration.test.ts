import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, type Actor } from "@/lib/authz";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestPerson } from "@/tests/factories/people";
import { createTestPlacement } from "@/tests/factories/placements";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { createTestChecks } from "@/tests/factories/verification";
import { getLetterDocument } from "./get-letter-document";
import { getVillageLetter } from "./get-village-letter";
import { issueVillageLetter } from "./issue-village-letter";
import { listVillageLetters } from "./list-village-letters";
import { lookUpLetterPublic, UNKNOWN_CODE_LIMIT } from "./look-up-letter-public";
import { revokeVillageLetter } from "./revoke-village-letter";

const LONTAR = "36.04.13.2007";
const SUSUKAN = "36.04.13.2008";
const DEC_3 = new Date("2026-12-03T03:00:00Z");

let organizer: Actor;
let official: Actor;
let officialB: Actor;
let staff: Actor;

async function readyPlacement(villageCode = LONTAR, name = "Siti Nur Aminah") {
  const person = await createTestPerson(db, { villageCode, name });
  const p = await createTestPlacement(db, { personId: person.id });
  await createTestChecks(db, { placementId: p.id, done: "all", checkedById: null, checkedAt: new Date("2026-12-01T02:00:00Z") });
  return p;
}

describe("the village letter", () => {
  beforeEach(async () => {
    await resetDatabase();
    organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }));
    official = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: LONTAR }));
    officialB = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: SUSUKAN }));
    staff = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.04" }));
    await db.village.update({ where: { code: LONTAR }, data: { letterCode: "DS-LTR", headName: "H. Rohman" } });
  });

  it("is refused while a mandatory check is missing, listing it; nothing is written and no number used", async () => {
    const person = await createTestPerson(db, { villageCode: LONTAR, name: "Nur Halimah" });
    const p = await createTestPlacement(db, { personId: person.id });
    await expect(issueVillageLetter(official, { placementId: p.id })).rejects.toMatchObject({ messageKey: "verification:checksNotStarted" });
    await createTestChecks(db, { placementId: p.id, done: ["FAMILY_CONSENT", "IDENTITY", "RECRUITER_CHECK", "JOB_ORDER", "DOCUMENTS"] });
    await expect(issueVillageLetter(official, { placementId: p.id }, { now: DEC_3 })).rejects.toMatchObject({
      field: "_form",
      messageKey: "verification:checksIncomplete",
      data: { missing: ["Mengikuti sosialisasi migrasi aman"] },
    });
    expect(await db.villageLetter.count()).toBe(0);
    expect(await db.villageLetterCounter.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: "village-letter.issue" } })).toBe(0);

    await db.departureCheck.updateMany({ where: { placementId: p.id, kind: "SAFE_MIGRATION" }, data: { status: "DONE" } });
    const letter = await issueVillageLetter(official, { placementId: p.id }, { now: DEC_3 });
    expect(letter.number).toBe("470/001/DS-LTR/XII/2026");
    expect(letter.shortCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(await db.villageLetter.findUniqueOrThrow({ where: { id: letter.id } })).toMatchObject({ seq: 1, year: 2026, workerInitials: "N. H.", issuedById: official.id, villageCode: LONTAR });
    expect(await db.auditLog.findFirst({ where: { action: "village-letter.issue" } })).toMatchObject({ entityId: letter.id, villageCode: LONTAR, after: { number: "470/001/DS-LTR/XII/2026" } });
    // One valid letter at a time.
    await expect(issueVillageLetter(official, { placementId: p.id }, { now: DEC_3 })).rejects.toMatchObject({ messageKey: "verification:letterExists" });
    // And the checks are locked while it stands.
    const check = await db.departureCheck.findFirstOrThrow({ where: { placementId: p.id, kind: "IDENTITY" } });
    await expect(import("../checklist/update-departure-check").then((m) => m.updateDepartureCheck(organizer, { id: check.id, version: 0, status: "PENDING" }))).rejects.toMatchObject({ messageKey: "verification:letterIssued" });
  });

  it("numbers run 1, 2 per village and year, separately for another village and in a new year (WIB)", async () => {
    await db.village.update({ where: { code: LONTAR }, data: { letterCode: "DS-LTR" } });
    const a = await issueVillageLetter(official, { placementId: (await readyPlacement()).id }, { now: DEC_3 });
    const b = await issueVillageLetter(official, { placementId: (await readyPlacement(LONTAR, "Rina")).id }, { now: DEC_3 });
    const c = await issueVillageLetter(officialB, { placementId: (await readyPlacement(SUSUKAN, "Dewi")).id }, { now: DEC_3 });
    // 31 Dec 2026 18:00 UTC is 1 Jan 2027 in WIB.
    const d = await issueVillageLetter(official, { placementId: (await readyPlacement(LONTAR, "Ani")).id }, { now: new Date("2026-12-31T18:00:00Z") });
    expect([a.number, b.number, d.number]).toEqual(["470/001/DS-LTR/XII/2026", "470/002/DS-LTR/XII/2026", "470/001/DS-LTR/I/2027"]);
    // Susukan has no letter code: its Kemendagri code stands in.
    expect(c.number).toBe(`470/001/${SUSUKAN}/XII/2026`);
  });

  it("two officials issuing at once for one placement make one letter", async () => {
    const p = await readyPlacement();
    const results = await Promise.allSettled([issueVillageLetter(official, { placementId: p.id }), issueVillageLetter(official, { placementId: p.id })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.villageLetter.count({ where: { placementId: p.id } })).toBe(1);
  });

  it("organizers and BP3MI staff may not issue or revoke; another village's official gets NotFound", async () => {
    const p = await readyPlacement();
    await expect(issueVillageLetter(organizer, { placementId: p.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(issueVillageLetter(staff, { placementId: p.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(issueVillageLetter(officialB, { placementId: p.id })).rejects.toBeInstanceOf(NotFoundError);
    const letter = await issueVillageLetter(official, { placementId: p.id });
    await expect(revokeVillageLetter(organizer, { id: letter.id, reason: "Salah" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(revokeVillageLetter(officialB, { id: letter.id, reason: "Salah" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getVillageLetter(officialB, letter.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getVillageLetter(staff, letter.id)).number).toBe(letter.number);
  });

  it("revoking needs a reason, is audited, and frees the placement for a new letter", async () => {
    const p = await readyPlacement();
    const letter = await issueVillageLetter(official, { placementId: p.id }, { now: DEC_3 });
    await expect(revokeVillageLetter(official, { id: letter.id, reason: "  " })).rejects.toThrow();
    await revokeVillageLetter(official, { id: letter.id, reason: "Keluarga menarik izinnya" }, { now: new Date("2026-12-05T03:00:00Z") });
    expect(await db.villageLetter.findUniqueOrThrow({ where: { id: letter.id } })).toMatchObject({ revokedById: official.id, revokeReason: "Keluarga menarik izinnya" });
    expect(await db.auditLog.findFirst({ where: { action: "village-letter.revoke" } })).toMatchObject({ entityId: letter.id, after: { revokeReason: "Keluarga menarik izinnya" } });
    await expect(revokeVillageLetter(official, { id: letter.id, reason: "lagi" })).rejects.toMatchObject({ messageKey: "verification:letterAlreadyRevoked" });
    const again = await issueVillageLetter(official, { placementId: p.id }, { now: DEC_3 });
    expect(again.number).toBe("470/002/DS-LTR/XII/2026");

    expect((await listVillageLetters(official, { status: "valid" })).rows.map((r) => r.id)).toEqual([again.id]);
    expect((await listVillageLetters(staff, { status: "revoked" })).rows.map((r) => r.id)).toEqual([letter.id]);
    expect((await listVillageLetters(officialB, {})).rows).toEqual([]);
  });

  it("the public lookup: valid shows initials only, revoked says not valid, unknown says not found", async () => {
    const p = await readyPlacement(LONTAR, "Siti Nur Aminah");
    const letter = await issueVillageLetter(official, { placementId: p.id }, { now: DEC_3 });
    const ip = "203.0.113.7";
    const valid = await lookUpLetterPublic(letter.shortCode.toLowerCase().replace("-", ""), { ip });
    expect(valid).toEqual({ state: "valid", villageName: "Lontar", districtName: "Tirtayasa", regencyName: "Kabupaten Serang", number: letter.number, issuedAt: DEC_3, workerInitials: "S. N. A." });
    const person = await db.person.findFirstOrThrow({ where: { name: "Siti Nur Aminah" } });
    expect(JSON.stringify(valid)).not.toContain("Siti");
    expect(JSON.stringify(valid)).not.toContain(person.nik);

    await revokeVillageLetter(official, { id: letter.id, reason: "Rahasia desa" }, { now: new Date("2026-12-05T03:00:00Z") });
    const revoked = await lookUpLetterPublic(letter.shortCode, { ip });
    expect(revoked).toEqual({ state: "revoked", villageName: "Lontar", number: letter.number, revokedAt: new Date("2026-12-05T03:00:00Z") });
    expect(JSON.stringify(revoked)).not.toContain("Rahasia");
    expect(await lookUpLetterPublic("ZZZZ-ZZZZ", { ip })).toEqual({ state: "unknown" });
    expect(await lookUpLetterPublic("not a code", { ip })).toEqual({ state: "unknown" });
  });

  it("unknown codes are limited per address", async () => {
    const ip = "198.51.100.9";
    const now = new Date("2026-12-03T03:00:00Z");
    for (let i = 0; i < UNKNOWN_CODE_LIMIT.max; i++) expect((await lookUpLetterPublic("ZZZZ-ZZZZ", { ip, now })).state).toBe("unknown");
    expect(await lookUpLetterPublic("ZZZZ-ZZZZ", { ip, now })).toMatchObject({ state: "limited", retryAfterMinutes: 15 });
    expect((await lookUpLetterPublic("ZZZZ-ZZZZ", { ip: "198.51.100.10", now })).state).toBe("unknown");
  });

  it("the PDF data: NIK in clear for the village, masked for BP3MI staff; every download audited", async () => {
    const p = await readyPlacement(LONTAR, "Siti Nur Aminah");
    const letter = await issueVillageLetter(official, { placementId: p.id }, { now: DEC_3 });
    const person = await db.person.findFirstOrThrow({ where: { name: "Siti Nur Aminah" } });
    const forOfficial = await getLetterDocument(official, letter.id);
    expect(forOfficial).toMatchObject({ number: letter.number, headName: "H. Rohman", worker: { name: "Siti Nur Aminah", nik: person.nik }, consenter: { name: "Ahmad Fauzi", relation: "SPOUSE" }, place: { village: "Lontar", district: "Tirtayasa", regency: "Kabupaten Serang" } });
    expect(forOfficial.publicUrl).toMatch(new RegExp(`/surat/${letter.shortCode}$`));
    expect(forOfficial.checks).toHaveLength(6);
    const forStaff = await getLetterDocument(staff, letter.id);
    expect(forStaff.worker.nik).not.toBe(person.nik);
    expect(forStaff.worker.nik).toMatch(/^\d{4}•+\d{4}$/);
    expect(await db.auditLog.count({ where: { action: "village-letter.download", entityId: letter.id } })).toBe(2);
    await expect(getLetterDocument(officialB, letter.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
