// The regional comparison's order: by any figure or the status, either way. Pure. A share
// shown as "—" (nothing to divide) sorts after every number in both directions, and ties
// fall back to the village name, so the order is stable from page to page.
import type { VillageScore } from "./status";

export const SCORECARD_SORTS = ["name", "departures", "verifiedShare", "nonProcedural", "casesOnTime", "sessions", "status"] as const;
export type ScorecardSort = (typeof SCORECARD_SORTS)[number];
export type SortDir = "asc" | "desc";

type Row = { villageName: string; villageCode: string; score: VillageScore };

function keyOf(sort: ScorecardSort, s: VillageScore): number | null {
  switch (sort) {
    case "name":
      return 0;
    case "departures":
      return s.departures;
    case "verifiedShare":
      return s.verifiedSharePct;
    case "nonProcedural":
      return s.nonProcedural;
    case "casesOnTime":
      return s.casesOnTimeSharePct;
    // The quarter with the fewest sessions decides the criterion.
    case "sessions":
      return s.sessions.length ? Math.min(...s.sessions.map((q) => q.count)) : 0;
    case "status":
      return s.procedural ? 1 : 0;
  }
}

export function parseScorecardSort(raw: { sort?: string | string[]; dir?: string | string[] }): { sort: ScorecardSort; dir: SortDir } {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const sort = (SCORECARD_SORTS as readonly string[]).includes(one(raw.sort) ?? "") ? (one(raw.sort) as ScorecardSort) : "name";
  return { sort, dir: one(raw.dir) === "desc" ? "desc" : "asc" };
}

export function sortScorecardRows<R extends Row>(rows: readonly R[], sort: ScorecardSort, dir: SortDir): R[] {
  const sign = dir === "desc" ? -1 : 1;
  const byName = (a: R, b: R) => a.villageName.localeCompare(b.villageName, "id") || a.villageCode.localeCompare(b.villageCode);
  return [...rows].sort((a, b) => {
    if (sort === "name") return sign * byName(a, b);
    const ka = keyOf(sort, a.score);
    const kb = keyOf(sort, b.score);
    if (ka === null || kb === null) return ka === kb ? byName(a, b) : ka === null ? 1 : -1;
    return sign * (ka - kb) || byName(a, b);
  });
}
