import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { dayBounds, momentBounds, wholeQuarters, type PerdesPeriod } from "@/lib/perdes/period";

// The scorecard's counts (docs/decisions/022), one query per figure for all villages at once,
// grouped by village and quarter: a province has ~1,500 villages, so never a query per
// village. The regional view adds a village's quarters up; the village page shows them one by
// one. Callers pass the actor's scope as SQL on the village-code column (scope-sql.ts).

export type DepartureCounts = { villageCode: string; quarter: string; departures: number; verified: number; nonProcedural: number };
export type CaseCounts = { villageCode: string; quarter: string; closed: number; onTime: number };
export type SessionCounts = { villageCode: string; quarter: string; count: number };

type Scope = (column: Prisma.Sql) => Prisma.Sql;

/**
 * Departures: placements with a departure date in the period, not cancelled. Verified: those
 * with a letter not revoked and issued before the end of the departure day in WIB (the day
 * is stored as a calendar date; its end is the next day's 00:00 WIB). Non-procedural: those
 * marked so when they reached DEPARTED.
 */
export function countDepartures(scope: Scope, period: PerdesPeriod): Promise<DepartureCounts[]> {
  const { first, afterLast } = dayBounds(period);
  return db.$queryRaw<DepartureCounts[]>`
    SELECT p."villageCode", to_char(p."departureDate", 'YYYY-"Q"Q') AS "quarter",
      count(*)::int AS "departures",
      count(*) FILTER (WHERE EXISTS (
        SELECT 1 FROM "VillageLetter" l
        WHERE l."placementId" = p."id" AND l."revokedAt" IS NULL
          AND l."issuedAt" < ((p."departureDate" + 1)::timestamp AT TIME ZONE 'Asia/Jakarta')
      ))::int AS "verified",
      count(*) FILTER (WHERE p."nonProcedural")::int AS "nonProcedural"
    FROM "Placement" p
    WHERE ${scope(Prisma.sql`p."villageCode"`)} AND p."status" IN ('DEPARTED', 'RETURNED')
      AND p."departureDate" >= ${first}::date AND p."departureDate" < ${afterLast}::date
    GROUP BY 1, 2`;
}

/** Cases closed in the period (WIB), and those of them that never missed a step's deadline. */
export function countClosedCases(scope: Scope, period: PerdesPeriod): Promise<CaseCounts[]> {
  const { gte, lt } = momentBounds(period);
  return db.$queryRaw<CaseCounts[]>`
    SELECT c."villageCode", to_char(c."closedAt" AT TIME ZONE 'Asia/Jakarta', 'YYYY-"Q"Q') AS "quarter",
      count(*)::int AS "closed", count(*) FILTER (WHERE NOT c."missedDeadline")::int AS "onTime"
    FROM "Case" c
    WHERE ${scope(Prisma.sql`c."villageCode"`)} AND c."status" = 'CLOSED'
      AND c."closedAt" >= ${gte}::timestamptz AND c."closedAt" < ${lt}::timestamptz
    GROUP BY 1, 2`;
}

/**
 * Prevention sessions per quarter. The criterion is "every quarter of the period reaches the
 * minimum", so each quarter the period touches is counted whole: a November report counts
 * the sessions of October to December.
 */
export function countSessions(scope: Scope, period: PerdesPeriod): Promise<SessionCounts[]> {
  const { first, afterLast } = dayBounds(wholeQuarters(period));
  return db.$queryRaw<SessionCounts[]>`
    SELECT s."villageCode", to_char(s."heldOn", 'YYYY-"Q"Q') AS "quarter", count(*)::int AS "count"
    FROM "SocializationSession" s
    WHERE ${scope(Prisma.sql`s."villageCode"`)} AND s."heldOn" >= ${first}::date AND s."heldOn" < ${afterLast}::date
    GROUP BY 1, 2`;
}

export type ScopeVillage = { villageCode: string; villageName: string; kecamatanCode: string | null; kecamatanName: string | null };

/** The villages using Lontar in the scope, with their names and kecamatan (Region), by name. */
export function listScopeVillages(scope: Scope): Promise<ScopeVillage[]> {
  return db.$queryRaw<ScopeVillage[]>`
    SELECT v."code" AS "villageCode", COALESCE(r."name", v."code") AS "villageName", k."code" AS "kecamatanCode", k."name" AS "kecamatanName"
    FROM "Village" v
      LEFT JOIN "Region" r ON r."code" = v."code"
      LEFT JOIN "Region" k ON k."code" = r."parentCode"
    WHERE ${scope(Prisma.sql`v."code"`)} AND v."active"
    ORDER BY 2, 1`;
}
