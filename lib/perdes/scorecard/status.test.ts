import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, scoreVillage, sessionsByQuarter, shownSharePct, type VillageCounts } from "./status";

// A village that meets every default threshold; each test spoils one criterion.
const GOOD: VillageCounts = {
  departures: 10,
  verified: 9,
  nonProcedural: 0,
  casesClosed: 5,
  casesOnTime: 4,
  sessions: [
    { quarter: "2026-Q3", count: 1 },
    { quarter: "2026-Q4", count: 2 },
  ],
};

describe("scoreVillage", () => {
  it("is Desa PMI Prosedural when every criterion is met (exactly at the thresholds)", () => {
    const s = scoreVillage(GOOD, DEFAULT_THRESHOLDS);
    expect(s.procedural).toBe(true);
    expect(s.verifiedSharePct).toBe(90);
    expect(s.casesOnTimeSharePct).toBe(80);
    expect(Object.values(s.criteria).every((c) => c.met && !c.noData)).toBe(true);
  });

  it("fails on a verified share below the minimum", () => {
    const s = scoreVillage({ ...GOOD, departures: 4, verified: 3 }, DEFAULT_THRESHOLDS);
    expect(s.verifiedShareShown).toBe(75);
    expect(s.criteria.verifiedShare).toEqual({ met: false, noData: false });
    expect(s.procedural).toBe(false);
  });

  it("fails on more non-procedural departures than allowed", () => {
    const s = scoreVillage({ ...GOOD, nonProcedural: 1 }, DEFAULT_THRESHOLDS);
    expect(s.criteria.nonProcedural.met).toBe(false);
    expect(s.procedural).toBe(false);
    expect(scoreVillage({ ...GOOD, nonProcedural: 1 }, { ...DEFAULT_THRESHOLDS, maxNonProcedural: 1 }).procedural).toBe(true);
  });

  it("fails on too few cases closed on time", () => {
    const s = scoreVillage({ ...GOOD, casesClosed: 3, casesOnTime: 2 }, DEFAULT_THRESHOLDS);
    expect(s.casesOnTimeShareShown).toBe(67);
    expect(s.criteria.casesOnTime.met).toBe(false);
    expect(s.procedural).toBe(false);
  });

  it("needs every quarter of the period to reach the session minimum", () => {
    const sessions = [
      { quarter: "2026-Q3", count: 0 },
      { quarter: "2026-Q4", count: 3 },
    ];
    const s = scoreVillage({ ...GOOD, sessions }, DEFAULT_THRESHOLDS);
    expect(s.criteria.sessions.met).toBe(false);
    expect(s.shortQuarters).toEqual([{ quarter: "2026-Q3", count: 0 }]);
    expect(s.procedural).toBe(false);
    expect(scoreVillage({ ...GOOD, sessions }, { ...DEFAULT_THRESHOLDS, minSessionsPerQuarter: 0 }).procedural).toBe(true);
    expect(scoreVillage({ ...GOOD, sessions }, { ...DEFAULT_THRESHOLDS, minSessionsPerQuarter: 4 }).shortQuarters).toHaveLength(2);
  });

  it("counts a share with nothing to divide as met, shown as —", () => {
    const s = scoreVillage({ ...GOOD, departures: 0, verified: 0, casesClosed: 0, casesOnTime: 0 }, DEFAULT_THRESHOLDS);
    expect(s.verifiedSharePct).toBeNull();
    expect(s.verifiedShareShown).toBeNull();
    expect(s.casesOnTimeShareShown).toBeNull();
    expect(s.criteria.verifiedShare).toEqual({ met: true, noData: true });
    expect(s.criteria.casesOnTime).toEqual({ met: true, noData: true });
    expect(s.procedural).toBe(true);
  });

  it("compares shares exactly", () => {
    // 8 of 9 is 88.9 %: not 90 %, though 89 would round to it with another count.
    expect(scoreVillage({ ...GOOD, departures: 9, verified: 8 }, DEFAULT_THRESHOLDS).criteria.verifiedShare.met).toBe(false);
    expect(scoreVillage({ ...GOOD, departures: 100, verified: 89 }, { ...DEFAULT_THRESHOLDS, minVerifiedSharePct: 89 }).criteria.verifiedShare.met).toBe(true);
  });
});

describe("shownSharePct", () => {
  it("rounds to a whole percent, but never shows an unmet share as the threshold", () => {
    expect(shownSharePct(2, 3, 80)).toBe(67);
    expect(shownSharePct(3, 4, 90)).toBe(75);
    // 179 of 200 is 89.5 %: 90 when rounded, which would look met.
    expect(shownSharePct(179, 200, 90)).toBe(89.5);
    expect(shownSharePct(1799, 2000, 90)).toBe(89.9);
    expect(shownSharePct(0, 0, 90)).toBeNull();
  });
});

describe("sessionsByQuarter", () => {
  it("gives every quarter, zero when none", () => {
    expect(sessionsByQuarter(["2026-Q3", "2026-Q4"], [{ quarter: "2026-Q4", count: 2 }])).toEqual([
      { quarter: "2026-Q3", count: 0 },
      { quarter: "2026-Q4", count: 2 },
    ]);
  });
});
