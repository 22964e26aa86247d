import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/authz";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestCase } from "@/tests/factories/cases";
import { createTestLetter, createTestSession } from "@/tests/factories/perdes";
import { createTestPerson } from "@/tests/factories/people";
import { createTestPlacement } from "@/tests/factories/placements";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { ensureVillage } from "@/tests/factories/villages";
import type { PlacementStatus } from "@/lib/db/generated/client";
import { exportScorecardReport } from "./export-scorecard";
import { getRegionalScorecard, getVillageScorecard } from "./get-scorecard";
import { getScorecardThresholds, updateScorecardThresholds } from "./thresholds";

// The acceptance: the regional scorecard of seeded villages matches figures worked
// out by hand. Kota Tangerang (36.71) is this test's own region; Lontar (36.04) is another.
const NAMES = {
  "36.71": "Kota Tangerang",
  "36.71.01": "Tangerang",
  "36.71.01.1001": "Sukarasa",
  "36.71.01.1002": "Sukasari",
  "36.71.02": "Jatiuwung",
  "36.71.02.1003": "Alam Jaya",
};
const A = "36.71.01.1001";
const B = "36.71.01.1002";
const C = "36.71.02.1003";
const LONTAR = "36.04.13.2007";
const H2 = { from: "2026-07", to: "2026-12" }; // Q3 and Q4 2026
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (iso: string) => new Date(iso);

async function departure(villageCode: string, departureDate: string, opts: { status?: PlacementStatus; nonProcedural?: boolean; letter?: string; revokedLetter?: string } = {}) {
  const person = await createTestPerson(db, { villageCode, name: `Pekerja ${departureDate}` });
  const placement = await createTestPlacement(db, { personId: person.id, status: opts.status ?? "DEPARTED", departureDate: day(departureDate) });
  if (opts.nonProcedural) await db.placement.update({ where: { id: placement.id }, data: { nonProcedural: true } });
  if (opts.letter) await createTestLetter(db, { placementId: placement.id, issuedAt: at(opts.letter) });
  if (opts.revokedLetter) await createTestLetter(db, { placementId: placement.id, issuedAt: at(opts.revokedLetter), revoked: { at: at("2026-12-10T03:00:00Z"), reason: "Data keliru" } });
  return placement;
}

const closedCase = (villageCode: string, closedAt: string, missedDeadline = false) =>
  createTestCase(db, { villageCode, status: "CLOSED", closedAt: at(closedAt), missedDeadline, dueAt: null, reportedAt: at("2026-05-01T03:00:00Z") });

async function seed() {
  for (const code of [A, B, C]) await ensureVillage(db, code, { names: NAMES });
  // Sukarasa: 4 departures, 3 with a valid letter in time, 1 non-procedural.
  await departure(A, "2026-08-10", { letter: "2026-08-01T03:00:00Z" });
  await departure(A, "2026-09-15", { status: "RETURNED", letter: "2026-09-15T16:59:00Z" }); // 23:59 WIB on the day: in time
  await departure(A, "2026-10-05", { nonProcedural: true, letter: "2026-10-05T17:00:00Z" }); // 00:00 WIB the next day: too late
  await departure(A, "2026-11-20", { letter: "2026-11-01T03:00:00Z", revokedLetter: "2026-10-01T03:00:00Z" });
  // Not departures of the period: cancelled, and one day before it.
  await departure(A, "2026-08-01", { status: "CANCELLED", letter: "2026-07-01T03:00:00Z" });
  await departure(A, "2026-06-30", { nonProcedural: true });
  // Cases closed in the period: 3, of which 2 without a missed deadline.
  await closedCase(A, "2026-06-30T17:30:00Z"); // 1 Jul 00:30 WIB: in the period (Q3)
  await closedCase(A, "2026-11-10T03:00:00Z", true);
  await closedCase(A, "2026-12-31T16:00:00Z"); // 23:00 WIB on 31 Dec: still in
  await closedCase(A, "2026-06-10T03:00:00Z"); // before the period (Q2)
  await closedCase(A, "2026-12-31T17:30:00Z"); // 1 Jan 2027 WIB: after
  await createTestCase(db, { villageCode: A, status: "RESOLVED", resolvedAt: at("2026-09-01T03:00:00Z"), dueAt: null });
  // Sessions: Q3 1, Q4 2 (and one in Q2).
  for (const d of ["2026-08-17", "2026-10-10", "2026-12-31", "2026-06-30"]) await createTestSession(db, { villageCode: A, heldOn: day(d) });

  // Sukasari: 2 departures, 1 verified (the other's only letter was revoked), no cases, no Q4 session.
  await departure(B, "2026-07-20", { letter: "2026-07-10T03:00:00Z" });
  await departure(B, "2026-12-01", { revokedLetter: "2026-11-25T03:00:00Z" });
  await createTestSession(db, { villageCode: B, heldOn: day("2026-09-01") });

  // Alam Jaya: 1 departure, verified (a trip still being prepared, with its letter, has not left: not counted), 1 case on time, a session each quarter.
  await departure(C, "2026-08-01", { letter: "2026-07-25T03:00:00Z" });
  await departure(C, "2026-12-20", { status: "VERIFIED", letter: "2026-12-01T03:00:00Z" });
  await closedCase(C, "2026-09-09T03:00:00Z");
  await createTestSession(db, { villageCode: C, heldOn: day("2026-07-07") });
  await createTestSession(db, { villageCode: C, heldOn: day("2026-11-11") });

  // Another region: must never show up in 36.71's figures.
  await departure(LONTAR, "2026-08-10", { nonProcedural: true });
  await closedCase(LONTAR, "2026-08-10T03:00:00Z", true);
  await createTestSession(db, { villageCode: LONTAR, heldOn: day("2026-08-10") });
}

const staff = async (regionCode: string) => actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode }));

/** The figures of a row in the shape the test writes them by hand. */
function figures(row: { villageName: string; score: Awaited<ReturnType<typeof getRegionalScorecard>>["rows"][number]["score"] }) {
  const s = row.score;
  return {
    village: row.villageName,
    departures: s.departures,
    verified: s.verified,
    verifiedShare: s.verifiedShareShown,
    nonProcedural: s.nonProcedural,
    casesClosed: s.casesClosed,
    casesOnTime: s.casesOnTime,
    casesShare: s.casesOnTimeShareShown,
    sessions: s.sessions.map((q) => `${q.quarter}:${q.count}`).join(" "),
    procedural: s.procedural,
  };
}

describe("the regional scorecard", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seed();
  });

  it("matches the figures computed by hand", async () => {
    const bp3mi = await staff("36.71");
    const card = await getRegionalScorecard(bp3mi, H2);
    expect(card.quarters).toEqual(["2026-Q3", "2026-Q4"]);
    expect(card.thresholds).toEqual({ values: { minVerifiedSharePct: 90, maxNonProcedural: 0, minCasesOnTimeSharePct: 80, minSessionsPerQuarter: 1 }, regionCode: null, regionName: null });
    expect(card.rows.map(figures)).toEqual([
      { village: "Alam Jaya", departures: 1, verified: 1, verifiedShare: 100, nonProcedural: 0, casesClosed: 1, casesOnTime: 1, casesShare: 100, sessions: "2026-Q3:1 2026-Q4:1", procedural: true },
      // 75 % < 90 %, 1 non-procedural > 0, 67 % < 80 %: not met.
      { village: "Sukarasa", departures: 4, verified: 3, verifiedShare: 75, nonProcedural: 1, casesClosed: 3, casesOnTime: 2, casesShare: 67, sessions: "2026-Q3:1 2026-Q4:2", procedural: false },
      // No closed case: "—", met; but 50 % and no session in Q4.
      { village: "Sukasari", departures: 2, verified: 1, verifiedShare: 50, nonProcedural: 0, casesClosed: 0, casesOnTime: 0, casesShare: null, sessions: "2026-Q3:1 2026-Q4:0", procedural: false },
    ]);
    const sukasari = card.rows.find((r) => r.villageCode === B)!.score;
    expect(sukasari.criteria).toEqual({
      verifiedShare: { met: false, noData: false },
      nonProcedural: { met: true, noData: false },
      casesOnTime: { met: true, noData: true },
      sessions: { met: false, noData: false },
    });
    expect(card.kecamatan).toEqual([{ code: "36.71.02", name: "Jatiuwung" }, { code: "36.71.01", name: "Tangerang" }]);
  });

  it("counts one month, with its whole quarter's sessions", async () => {
    const card = await getRegionalScorecard(await staff("36.71"), { from: "2026-10", to: "2026-10" });
    const a = card.rows.find((r) => r.villageCode === A)!;
    expect(figures(a)).toMatchObject({ departures: 1, verified: 0, verifiedShare: 0, nonProcedural: 1, casesClosed: 0, sessions: "2026-Q4:2" });
  });

  it("narrows to a kecamatan, and never shows another region's villages", async () => {
    const bp3mi = await staff("36.71");
    expect((await getRegionalScorecard(bp3mi, H2, { kecamatan: "36.71.02" })).rows.map((r) => r.villageCode)).toEqual([C]);
    expect((await getRegionalScorecard(bp3mi, H2, { kecamatan: "36.04.13" })).rows).toEqual([]);
    const banten = await getRegionalScorecard(await staff("36"), H2);
    expect(banten.rows.map((r) => r.villageCode).sort()).toEqual([LONTAR, A, B, C].sort());
    // BP3MI of Pandeglang sees none of Serang's or Tangerang's villages.
    const pandeglang = await getRegionalScorecard(await staff("36.01"), H2);
    expect(pandeglang.rows).toEqual([]);
    const serang = await getRegionalScorecard(await staff("36.04"), H2);
    expect(serang.rows.map(figures)).toEqual([
      { village: "Lontar", departures: 1, verified: 0, verifiedShare: 0, nonProcedural: 1, casesClosed: 1, casesOnTime: 0, casesShare: 0, sessions: "2026-Q3:1 2026-Q4:0", procedural: false },
    ]);
  });

  it("changes the status when the region's thresholds change; village roles use the nearest region's row", async () => {
    const bp3mi = await staff("36.71");
    await updateScorecardThresholds(bp3mi, { minVerifiedSharePct: "50", maxNonProcedural: "1", minCasesOnTimeSharePct: "60", minSessionsPerQuarter: "1" });
    let card = await getRegionalScorecard(bp3mi, H2);
    expect(card.thresholds.regionCode).toBe("36.71");
    expect(card.rows.map((r) => [r.villageName, r.score.procedural])).toEqual([["Alam Jaya", true], ["Sukarasa", true], ["Sukasari", false]]);
    await updateScorecardThresholds(bp3mi, { minVerifiedSharePct: "50", maxNonProcedural: "1", minCasesOnTimeSharePct: "60", minSessionsPerQuarter: "0" });
    card = await getRegionalScorecard(bp3mi, H2);
    expect(card.rows.every((r) => r.score.procedural)).toBe(true);

    const organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: B }));
    expect((await getScorecardThresholds(organizer)).regionCode).toBe("36.71");
    expect((await getVillageScorecard(organizer, B, H2)).score.procedural).toBe(true);
    // A province row applies below it where the kabupaten has none.
    await updateScorecardThresholds(await staff("36"), { minVerifiedSharePct: "100", maxNonProcedural: "0", minCasesOnTimeSharePct: "100", minSessionsPerQuarter: "5" });
    const lontarOrganizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }));
    expect(await getScorecardThresholds(lontarOrganizer)).toMatchObject({ regionCode: "36", regionName: "Banten" });
    expect((await getScorecardThresholds(await staff("36.04"))).regionCode).toBe("36");
    expect((await getScorecardThresholds(organizer)).regionCode).toBe("36.71");

    const audit = await db.auditLog.findFirst({ where: { action: "perdes.scorecard-thresholds", entityId: "36.71" }, orderBy: { at: "desc" } });
    expect(audit?.after).toMatchObject({ minSessionsPerQuarter: 0 });
  });

  it("gives one village's page with its quarter history, inside the scope only", async () => {
    const organizerB = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: B }));
    await expect(getVillageScorecard(organizerB, A, H2)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getVillageScorecard(await staff("36.04"), A, H2)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getVillageScorecard(await staff("36.71"), "36.71.01.9999", H2)).rejects.toBeInstanceOf(NotFoundError);

    const official = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: A }));
    const page = await getVillageScorecard(official, A, H2);
    expect(page.village).toEqual({ villageCode: A, villageName: "Sukarasa", kecamatanCode: "36.71.01", kecamatanName: "Tangerang" });
    expect(figures({ villageName: page.village.villageName, score: page.score })).toMatchObject({ departures: 4, verified: 3, verifiedShare: 75, nonProcedural: 1, casesShare: 67, procedural: false });
    expect(page.history.map((h) => [h.quarter, h.score.departures, h.score.verified, h.score.casesClosed, h.score.casesOnTime, h.score.sessions[0]!.count])).toEqual([
      ["2026-Q1", 0, 0, 0, 0, 0],
      ["2026-Q2", 1, 0, 1, 1, 1],
      ["2026-Q3", 2, 2, 1, 1, 1],
      ["2026-Q4", 2, 1, 2, 1, 2],
    ]);
    // The organizer's own village: its figures only.
    expect((await getVillageScorecard(organizerB, B, H2)).score.departures).toBe(2);
  });

  it("refuses ADMIN (no scorecard permission) and thresholds for village roles", async () => {
    const admin = actorOf(await createTestUser(db, { role: "ADMIN" }));
    await expect(getRegionalScorecard(admin, H2)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getVillageScorecard(admin, A, H2)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getScorecardThresholds(admin)).rejects.toBeInstanceOf(ForbiddenError);
    const official = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: A }));
    await expect(updateScorecardThresholds(official, { minVerifiedSharePct: "0", maxNonProcedural: "9", minCasesOnTimeSharePct: "0", minSessionsPerQuarter: "0" })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("exports the monthly report of the region, or of the official's own village, audited", async () => {
    const bp3mi = await staff("36.71");
    const region = await exportScorecardReport(bp3mi, "2026-11", { format: "pdf", ip: "127.0.0.1" });
    expect(region.placeName).toBe("Kota Tangerang");
    expect(region.card.rows.map((r) => [r.villageName, r.score.departures, r.score.verified, r.score.casesClosed, r.score.casesOnTime, r.score.procedural])).toEqual([
      ["Alam Jaya", 0, 0, 0, 0, true],
      ["Sukarasa", 1, 1, 1, 0, false],
      ["Sukasari", 0, 0, 0, 0, false],
    ]);
    const official = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: B }));
    const village = await exportScorecardReport(official, "2026-11", { format: "xlsx" });
    expect(village.placeName).toBe("Sukasari");
    expect(village.card.rows.map((r) => r.villageCode)).toEqual([B]);
    const audits = await db.auditLog.findMany({ where: { action: "perdes.scorecard-export" }, orderBy: { at: "asc" } });
    expect(audits.map((a) => a.after)).toEqual([
      { month: "2026-11", format: "pdf", kecamatan: null, rows: 3 },
      { month: "2026-11", format: "xlsx", kecamatan: null, rows: 1 },
    ]);
    const organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: B }));
    await expect(exportScorecardReport(organizer, "2026-11", { format: "xlsx" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
