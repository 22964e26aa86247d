import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import { caseScope } from "@/lib/cases/case-access";
import { centsToDecimal, currencyOrder, decimalToCents } from "./money";
import type { CurrencyTotal } from "./list-case-claims";

export type ClaimTotalsFilter = {
  /** Cases reported at or after this moment (for a WIB day, startOfWibDay from lib/placements/dates.ts). */
  reportedFrom?: Date | null;
  /** Cases reported before this moment (exclusive: pass the start of the day after the range). */
  reportedBefore?: Date | null;
};

export type RegionClaimTotals = {
  /** One row per currency, rupiah first; amounts are never added across currencies. */
  currencies: (CurrencyTotal & { /** Cases with at least one claim in this currency. */ cases: number })[];
  /** Cases with at least one claim, in any currency. */
  cases: number;
};

/**
 * Money claimed and recovered over every case in the actor's scope (a BP3MI office's
 * region, a village for village roles), per currency, optionally for the cases reported in
 * [reportedFrom, reportedBefore). For the reports page. Permission "case:read".
 */
export async function sumClaimsByRegion(actor: Actor, filter: ClaimTotalsFilter = {}): Promise<RegionClaimTotals> {
  assertCan(actor, "case:read");
  const reportedAt: Prisma.DateTimeFilter = {};
  if (filter.reportedFrom) reportedAt.gte = filter.reportedFrom;
  if (filter.reportedBefore) reportedAt.lt = filter.reportedBefore;
  const where: Prisma.CaseClaimWhereInput = { case: { AND: [caseScope(actor), ...(Object.keys(reportedAt).length ? [{ reportedAt }] : [])] } };

  // One row per (currency, case): the database adds, and the cases per currency are the rows.
  const groups = await db.caseClaim.groupBy({
    by: ["currency", "caseId"],
    where,
    _sum: { amountClaimed: true, amountRecovered: true },
    _count: { _all: true },
    orderBy: [{ currency: "asc" }, { caseId: "asc" }],
  });

  const perCurrency = new Map<string, { claimed: bigint; recovered: bigint; claims: number; cases: number }>();
  const cases = new Set<string>();
  for (const g of groups) {
    const t = perCurrency.get(g.currency) ?? { claimed: 0n, recovered: 0n, claims: 0, cases: 0 };
    t.claimed += g._sum.amountClaimed ? decimalToCents(g._sum.amountClaimed) : 0n;
    t.recovered += g._sum.amountRecovered ? decimalToCents(g._sum.amountRecovered) : 0n;
    t.claims += g._count._all;
    t.cases += 1;
    perCurrency.set(g.currency, t);
    cases.add(g.caseId);
  }
  const currencies = [...perCurrency.entries()]
    .sort(([a], [b]) => currencyOrder(a) - currencyOrder(b) || a.localeCompare(b))
    .map(([currency, t]) => ({ currency, claimed: centsToDecimal(t.claimed), recovered: centsToDecimal(t.recovered), claims: t.claims, cases: t.cases }));
  return { currencies, cases: cases.size };
}
