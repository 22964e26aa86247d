import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, villageScope, type Actor } from "@/lib/authz";
import type { RegulationStatus } from "./schemas";

export type RegulationListRow = {
  id: string;
  number: string;
  year: number;
  title: string;
  status: RegulationStatus;
  enactedOn: Date | null;
  articleCount: number;
};

/** Newest year first; within a year by number (2 before 10). */
export function byYearAndNumber(a: { year: number; number: string }, b: { year: number; number: string }): number {
  return b.year - a.year || parseInt(a.number, 10) - parseInt(b.number, 10) || a.number.localeCompare(b.number);
}

/**
 * A village's regulations, drafts included, for staff: any role with monitoring:read whose
 * scope holds the village (a village outside it simply has no rows here).
 */
export async function listRegulations(actor: Actor, villageCode: string): Promise<RegulationListRow[]> {
  assertCan(actor, "monitoring:read");
  const rows = await db.villageRegulation.findMany({
    where: { AND: [{ villageCode }, villageScope(actor)] },
    select: { id: true, number: true, year: true, title: true, status: true, enactedOn: true, _count: { select: { articles: true } } },
  });
  return rows.map(({ _count, ...r }) => ({ ...r, articleCount: _count.articles })).sort(byYearAndNumber);
}
