import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { assertCan, type Actor } from "@/lib/authz";
import { CASE_STATUSES, type CaseStatus } from "@/lib/cases/workflow";
import type { CaseCategory } from "@/lib/cases/categories";
import { caseScopeSql } from "./cases-sql";
import { periodBounds, type ReportPeriod } from "./report-period";

// The figures of the case report (/cases/reports), each limited to the actor's villages.
// Months are WIB months. Money totals per region come from lib/cases/claims/sum-claims.ts.

export type CategoryMonthCount = { month: string; category: CaseCategory; count: number };

/** Cases reported in the period, by category and WIB month of the report (only non-zero cells). */
export async function countCasesByCategoryAndMonth(actor: Actor, period: ReportPeriod): Promise<CategoryMonthCount[]> {
  assertCan(actor, "case:read");
  const { gte, lt } = periodBounds(period);
  return db.$queryRaw<CategoryMonthCount[]>`
    SELECT to_char(c."reportedAt" AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM') AS "month", c."category"::text AS "category", count(*)::int AS "count"
    FROM "Case" c
    WHERE ${caseScopeSql(actor)} AND c."reportedAt" >= ${gte}::timestamptz AND c."reportedAt" < ${lt}::timestamptz
    GROUP BY 1, 2 ORDER BY 1, 2`;
}

/** Cases reported in the period, by their status now (every status, zero when none). */
export async function countCasesByStatus(actor: Actor, period: ReportPeriod): Promise<Record<CaseStatus, number>> {
  assertCan(actor, "case:read");
  const { gte, lt } = periodBounds(period);
  const rows = await db.$queryRaw<{ status: CaseStatus; count: number }[]>`
    SELECT c."status"::text AS "status", count(*)::int AS "count"
    FROM "Case" c
    WHERE ${caseScopeSql(actor)} AND c."reportedAt" >= ${gte}::timestamptz AND c."reportedAt" < ${lt}::timestamptz
    GROUP BY 1`;
  const counts = Object.fromEntries(CASE_STATUSES.map((s) => [s, 0])) as Record<CaseStatus, number>;
  for (const r of rows) counts[r.status] = r.count;
  return counts;
}

/** When a case was resolved: resolvedAt, or closedAt for a case closed as RESOLVED without one. */
const RESOLVED_AT = Prisma.sql`COALESCE(c."resolvedAt", CASE WHEN c."closeReason" = 'RESOLVED' THEN c."closedAt" END)`;

/**
 * The median number of days from report to resolution, over the cases resolved in the
 * period (by the moment of resolution; a reopened case is not resolved until it is again),
 * and how many those are. percentile_cont: with an even count, the mean of the middle two.
 */
export async function medianDaysToResolution(actor: Actor, period: ReportPeriod): Promise<{ medianDays: number | null; resolved: number }> {
  assertCan(actor, "case:read");
  const { gte, lt } = periodBounds(period);
  const rows = await db.$queryRaw<{ median: number | null; resolved: number }[]>`
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (d."doneAt" - d."reportedAt")) / 86400)::float8 AS "median",
      count(*)::int AS "resolved"
    FROM (
      SELECT c."reportedAt", ${RESOLVED_AT} AS "doneAt" FROM "Case" c
      WHERE ${caseScopeSql(actor)} AND c."status" IN ('RESOLVED', 'CLOSED')
    ) d
    WHERE d."doneAt" >= ${gte}::timestamptz AND d."doneAt" < ${lt}::timestamptz`;
  const row = rows[0];
  return { medianDays: row?.median ?? null, resolved: row?.resolved ?? 0 };
}
