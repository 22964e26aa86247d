import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { assertCan, NotFoundError, villageInScope, type Actor } from "@/lib/authz";
import { quarterOf, quartersEndingWith, quarterMonths, quartersOf, type PerdesPeriod } from "@/lib/perdes/period";
import { villageScopeSql } from "@/lib/perdes/scope-sql";
import { countClosedCases, countDepartures, countSessions, listScopeVillages, type ScopeVillage } from "./count-scorecard";
import { scoreVillage, sessionsByQuarter, type VillageCounts, type VillageScore } from "./status";
import { getScorecardThresholds, type EffectiveThresholds } from "./thresholds";

export type ScorecardRow = ScopeVillage & { score: VillageScore };

export type RegionalScorecard = {
  period: PerdesPeriod;
  quarters: string[];
  thresholds: EffectiveThresholds;
  rows: ScorecardRow[];
  /** The kecamatan of the scope (for the filter), by name. */
  kecamatan: { code: string; name: string }[];
};

type Counts = { departures: Awaited<ReturnType<typeof countDepartures>>; cases: Awaited<ReturnType<typeof countClosedCases>>; sessions: Awaited<ReturnType<typeof countSessions>> };

async function countAll(scope: (c: Prisma.Sql) => Prisma.Sql, period: PerdesPeriod): Promise<Counts> {
  const [departures, cases, sessions] = await Promise.all([countDepartures(scope, period), countClosedCases(scope, period), countSessions(scope, period)]);
  return { departures, cases, sessions };
}

/** One village's counts from the grouped rows, limited to some quarters (all when omitted). */
function countsOf(counts: Counts, villageCode: string, quarters: readonly string[], only?: ReadonlySet<string>): VillageCounts {
  const mine = <T extends { villageCode: string; quarter: string }>(rows: T[]) => rows.filter((r) => r.villageCode === villageCode && (!only || only.has(r.quarter)));
  const sum = <T>(rows: T[], f: (r: T) => number) => rows.reduce((s, r) => s + f(r), 0);
  const d = mine(counts.departures);
  const c = mine(counts.cases);
  return {
    departures: sum(d, (r) => r.departures),
    verified: sum(d, (r) => r.verified),
    nonProcedural: sum(d, (r) => r.nonProcedural),
    casesClosed: sum(c, (r) => r.closed),
    casesOnTime: sum(c, (r) => r.onTime),
    sessions: sessionsByQuarter(quarters, mine(counts.sessions)),
  };
}

/** Rows grouped by village first, so building 1,500 rows does not filter the whole list 1,500 times. */
function byVillage(counts: Counts): Map<string, Counts> {
  const map = new Map<string, Counts>();
  const get = (code: string) => {
    let c = map.get(code);
    if (!c) map.set(code, (c = { departures: [], cases: [], sessions: [] }));
    return c;
  };
  for (const r of counts.departures) get(r.villageCode).departures.push(r);
  for (const r of counts.cases) get(r.villageCode).cases.push(r);
  for (const r of counts.sessions) get(r.villageCode).sessions.push(r);
  return map;
}

const NONE: Counts = { departures: [], cases: [], sessions: [] };

/**
 * Every village of the actor's scope for the period, each with its figures and status against
 * the actor's thresholds, by village name. `kecamatan` narrows to one kecamatan of the scope.
 */
export async function getRegionalScorecard(actor: Actor, period: PerdesPeriod, opts: { kecamatan?: string | null } = {}): Promise<RegionalScorecard> {
  assertCan(actor, "scorecard:read");
  const kecamatan = opts.kecamatan && /^\d{2}\.\d{2}\.\d{2}$/.test(opts.kecamatan) ? opts.kecamatan : null;
  const all = (column: Prisma.Sql) => villageScopeSql(actor, column);
  const scope = (column: Prisma.Sql) => villageScopeSql(actor, column, kecamatan);
  const [villages, counts, thresholds] = await Promise.all([listScopeVillages(all), countAll(scope, period), getScorecardThresholds(actor)]);
  const quarters = quartersOf(period);
  const grouped = byVillage(counts);
  const inKecamatan = kecamatan ? villages.filter((v) => v.kecamatanCode === kecamatan) : villages;
  const rows = inKecamatan.map((v) => ({ ...v, score: scoreVillage(countsOf(grouped.get(v.villageCode) ?? NONE, v.villageCode, quarters), thresholds.values) }));
  const kec = new Map<string, string>();
  for (const v of villages) if (v.kecamatanCode) kec.set(v.kecamatanCode, v.kecamatanName ?? v.kecamatanCode);
  return {
    period,
    quarters,
    thresholds,
    rows,
    kecamatan: [...kec].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, "id")),
  };
}

export type VillageScorecard = {
  village: ScopeVillage;
  period: PerdesPeriod;
  thresholds: EffectiveThresholds;
  score: VillageScore;
  /** The last quarters up to the period's end, each judged as a whole quarter, oldest first. */
  history: { quarter: string; score: VillageScore }[];
};

export const HISTORY_QUARTERS = 4;

/** One village's scorecard: the period's figures and the quarters before. NotFound outside the actor's scope. */
export async function getVillageScorecard(actor: Actor, villageCode: string, period: PerdesPeriod): Promise<VillageScorecard> {
  assertCan(actor, "scorecard:read");
  if (!villageInScope(actor, villageCode)) throw new NotFoundError("Village");
  // The scope stays in the query even with the village named, so a forgotten check cannot leak.
  const only = (column: Prisma.Sql) => Prisma.sql`${villageScopeSql(actor, column)} AND ${column} = ${villageCode}`;
  const [found, thresholds] = await Promise.all([
    db.village.findUnique({ where: { code: villageCode }, select: { code: true, region: { select: { name: true, parent: { select: { code: true, name: true } } } } } }),
    getScorecardThresholds(actor),
  ]);
  if (!found) throw new NotFoundError("Village");
  const village: ScopeVillage = {
    villageCode: found.code,
    villageName: found.region.name,
    kecamatanCode: found.region.parent?.code ?? null,
    kecamatanName: found.region.parent?.name ?? null,
  };
  const historyQuarters = quartersEndingWith(quarterOf(period.to), HISTORY_QUARTERS);
  const historyPeriod = { from: quarterMonths(historyQuarters[0]!)!.from, to: quarterMonths(historyQuarters.at(-1)!)!.to };
  const [current, past] = await Promise.all([countAll(only, period), countAll(only, historyPeriod)]);
  const quarters = quartersOf(period);
  return {
    village,
    period,
    thresholds,
    score: scoreVillage(countsOf(current, villageCode, quarters), thresholds.values),
    history: historyQuarters.map((q) => ({ quarter: q, score: scoreVillage(countsOf(past, villageCode, [q], new Set([q])), thresholds.values) })),
  };
}
