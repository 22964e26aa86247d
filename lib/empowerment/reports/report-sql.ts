import "server-only";
import { db } from "@/lib/db/client";
import { todayWib } from "@/lib/placements/dates";
import { loanStanding, type LoanStatus } from "./loan-schedule";
import { lastMonths, monthEndDay } from "./months";

// The aggregates behind the charts, for a set of groups the caller has already scoped
// (getGroupReport, getVillageReport). Every sum and count is a GROUP BY in PostgreSQL.

export type RevenueCell = { month: string; product: string; revenueRupiah: bigint };
export type MembersPoint = { month: string; members: number };
export type LoanPoint = {
  id: string;
  groupId: string;
  groupName: string;
  kind: "KUR" | "OTHER";
  lender: string;
  principalRupiah: bigint;
  disbursedOn: Date;
  termMonths: number;
  repaidRupiah: bigint;
  outstandingRupiah: bigint;
  behindRupiah: bigint;
  status: LoanStatus;
};

export type ReportSeries = { months: string[]; revenue: RevenueCell[]; products: string[]; members: MembersPoint[]; loans: LoanPoint[] };

/** Revenue per month and product over the months, from SalesRecord.month. */
export async function revenueByMonth(groupIds: string[], months: string[]): Promise<RevenueCell[]> {
  if (groupIds.length === 0) return [];
  const rows = await db.salesRecord.groupBy({
    by: ["month", "product"],
    where: { groupId: { in: groupIds }, month: { gte: months[0]!, lte: months[months.length - 1]! } },
    _sum: { revenueRupiah: true },
    orderBy: [{ month: "asc" }, { product: "asc" }],
  });
  return rows.map((r) => ({ month: r.month, product: r.product, revenueRupiah: r._sum.revenueRupiah ?? 0n }));
}

/** People with an open membership of the groups at the end of each month (decision 026). */
export async function membersOverTime(groupIds: string[], months: string[], now: Date): Promise<MembersPoint[]> {
  const days = months.map((m) => monthEndDay(m, now).toISOString().slice(0, 10));
  const rows = await db.$queryRaw<{ day: Date; members: number }[]>`
    SELECT e.day, COUNT(DISTINCT gm."personId")::int AS members
    FROM unnest(${days}::date[]) AS e(day)
    LEFT JOIN "GroupMember" gm ON gm."groupId" = ANY(${groupIds}::uuid[])
      AND gm."joinedOn" <= e.day AND (gm."leftOn" IS NULL OR gm."leftOn" > e.day)
    GROUP BY e.day ORDER BY e.day`;
  const byDay = new Map(rows.map((r) => [r.day.toISOString().slice(0, 10), r.members]));
  return months.map((month, i) => ({ month, members: byDay.get(days[i]!) ?? 0 }));
}

/** Every loan of the groups with its repayments summed and its standing today. */
export async function loansWithStanding(groupIds: string[], now: Date): Promise<LoanPoint[]> {
  if (groupIds.length === 0) return [];
  const rows = await db.$queryRaw<Omit<LoanPoint, "outstandingRupiah" | "behindRupiah" | "status">[]>`
    SELECT l."id", l."groupId", g."name" AS "groupName", l."kind"::text AS "kind", l."lender", l."principalRupiah",
      l."disbursedOn", l."termMonths", COALESCE(SUM(r."amountRupiah"), 0)::bigint AS "repaidRupiah"
    FROM "Loan" l JOIN "BusinessGroup" g ON g."id" = l."groupId"
    LEFT JOIN "LoanRepayment" r ON r."loanId" = l."id"
    WHERE l."groupId" = ANY(${groupIds}::uuid[])
    GROUP BY l."id", g."name" ORDER BY l."disbursedOn", l."id"`;
  const asOf = todayWib(now);
  return rows.map((r) => {
    const s = loanStanding(r, r.repaidRupiah, asOf);
    return { ...r, outstandingRupiah: s.outstandingRupiah, behindRupiah: s.behindRupiah, status: s.status };
  });
}

export async function reportSeries(groupIds: string[], now: Date): Promise<ReportSeries> {
  const months = lastMonths(now);
  const [revenue, members, loans] = await Promise.all([revenueByMonth(groupIds, months), membersOverTime(groupIds, months, now), loansWithStanding(groupIds, now)]);
  const products = [...new Set(revenue.map((r) => r.product))].sort((a, b) => a.localeCompare(b, "id"));
  return { months, revenue, products, members, loans };
}
