// One village's scorecard figures and its "Desa PMI Prosedural" status, from its counts and
// the region's thresholds (docs/decisions/022). Pure.
//
// A share with nothing to divide (no departures, no closed cases) is shown as "—" and its
// criterion counts as met. Shares are compared exactly (9 of 10 meets 90 %, 8 of 9 does not);
// what is shown is the whole percent, unless rounding would make an unmet share look like
// the threshold (89.6 % against 90 %): then one decimal, rounded down.

export type ScorecardThresholds = {
  /** Percent of departures with a valid village letter issued on or before the departure day. */
  minVerifiedSharePct: number;
  /** Non-procedural departures in the period, at most. */
  maxNonProcedural: number;
  /** Percent of the period's closed cases closed without a missed deadline. */
  minCasesOnTimeSharePct: number;
  /** Prevention sessions in every quarter of the period, at least. */
  minSessionsPerQuarter: number;
};

/** Decision 022 (and the ScorecardThreshold column defaults). */
export const DEFAULT_THRESHOLDS: ScorecardThresholds = {
  minVerifiedSharePct: 90,
  maxNonProcedural: 0,
  minCasesOnTimeSharePct: 80,
  minSessionsPerQuarter: 1,
};

export type QuarterSessions = { quarter: string; count: number };

export type VillageCounts = {
  departures: number;
  verified: number;
  nonProcedural: number;
  casesClosed: number;
  casesOnTime: number;
  /** Sessions held in each quarter of the period, oldest first: every quarter, zero when none. */
  sessions: QuarterSessions[];
};

export const CRITERIA = ["verifiedShare", "nonProcedural", "casesOnTime", "sessions"] as const;
export type CriterionKey = (typeof CRITERIA)[number];

export type Criterion = { met: boolean; /** Nothing to measure ("—"): counts as met. */ noData: boolean };

export type VillageScore = VillageCounts & {
  /** Exact percent, null when there were no departures. */
  verifiedSharePct: number | null;
  /** Exact percent, null when no case was closed. */
  casesOnTimeSharePct: number | null;
  /** The shares as they are shown (see above), null for "—". */
  verifiedShareShown: number | null;
  casesOnTimeShareShown: number | null;
  /** The quarters below the session minimum. */
  shortQuarters: QuarterSessions[];
  criteria: Record<CriterionKey, Criterion>;
  /** "Desa PMI Prosedural": every criterion met. */
  procedural: boolean;
};

/** count ÷ total ≥ minPct %, in whole numbers (no floating-point edge). */
function shareMeets(count: number, total: number, minPct: number): boolean {
  return count * 100 >= minPct * total;
}

/** The percent shown for count ÷ total against a minimum; null when total is 0. */
export function shownSharePct(count: number, total: number, minPct: number): number | null {
  if (total <= 0) return null;
  const rounded = Math.round((count * 100) / total);
  if (!shareMeets(count, total, minPct) && rounded >= minPct) return Math.floor((count * 1000) / total) / 10;
  return rounded;
}

export function scoreVillage(counts: VillageCounts, thresholds: ScorecardThresholds): VillageScore {
  const { departures, verified, nonProcedural, casesClosed, casesOnTime, sessions } = counts;
  const shortQuarters = sessions.filter((q) => q.count < thresholds.minSessionsPerQuarter);
  const criteria: Record<CriterionKey, Criterion> = {
    verifiedShare: { noData: departures === 0, met: departures === 0 || shareMeets(verified, departures, thresholds.minVerifiedSharePct) },
    nonProcedural: { noData: false, met: nonProcedural <= thresholds.maxNonProcedural },
    casesOnTime: { noData: casesClosed === 0, met: casesClosed === 0 || shareMeets(casesOnTime, casesClosed, thresholds.minCasesOnTimeSharePct) },
    sessions: { noData: false, met: shortQuarters.length === 0 },
  };
  return {
    ...counts,
    verifiedSharePct: departures === 0 ? null : (verified * 100) / departures,
    casesOnTimeSharePct: casesClosed === 0 ? null : (casesOnTime * 100) / casesClosed,
    verifiedShareShown: shownSharePct(verified, departures, thresholds.minVerifiedSharePct),
    casesOnTimeShareShown: shownSharePct(casesOnTime, casesClosed, thresholds.minCasesOnTimeSharePct),
    shortQuarters,
    criteria,
    procedural: CRITERIA.every((k) => criteria[k].met),
  };
}

/** Sessions of every quarter in `quarters`, zero where `found` has none. */
export function sessionsByQuarter(quarters: readonly string[], found: readonly QuarterSessions[]): QuarterSessions[] {
  const byQuarter = new Map(found.map((q) => [q.quarter, q.count]));
  return quarters.map((quarter) => ({ quarter, count: byQuarter.get(quarter) ?? 0 }));
}
