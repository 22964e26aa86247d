import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, type Actor } from "@/lib/authz";
import { listScopedVillages, pickScopedVillage, type ScopedVillage } from "@/lib/perdes/scoped-villages";
import { reportSeries, type ReportSeries } from "./report-sql";
import { lastMonths } from "./months";

// The village view of issue 6: the charts over all the village's groups, the reintegration
// rate of decision 026 and the list of groups with their last twelve months.

export type VillageGroupRow = { id: string; name: string; kindNameId: string; kindNameEn: string; status: "ACTIVE" | "INACTIVE" | "DISSOLVED"; members: number; revenueRupiah: bigint };
export type Reintegration = { returned: number; inActiveGroups: number; ratePct: number | null };
export type VillageReport = ReportSeries & { village: ScopedVillage; groups: VillageGroupRow[]; reintegration: Reintegration };

/** Returned workers of the village (latest placement RETURNED) and those with an open membership of an active group. */
export async function reintegrationRate(villageCode: string): Promise<Reintegration> {
  const [row] = await db.$queryRaw<{ returned: number; inActiveGroups: number }[]>`
    SELECT COUNT(*)::int AS returned,
      COUNT(*) FILTER (WHERE EXISTS (
        SELECT 1 FROM "GroupMember" gm JOIN "BusinessGroup" g ON g."id" = gm."groupId"
        WHERE gm."personId" = p."id" AND gm."leftOn" IS NULL AND g."status" = 'ACTIVE'))::int AS "inActiveGroups"
    FROM "Person" p WHERE p."villageCode" = ${villageCode} AND p."currentStatus" = 'RETURNED'`;
  const returned = row?.returned ?? 0;
  const inActiveGroups = row?.inActiveGroups ?? 0;
  return { returned, inActiveGroups, ratePct: returned === 0 ? null : Math.round((inActiveGroups / returned) * 1000) / 10 };
}

async function villageGroups(villageCode: string, fromMonth: string, toMonth: string): Promise<VillageGroupRow[]> {
  return db.$queryRaw<VillageGroupRow[]>`
    SELECT g."id", g."name", k."nameId" AS "kindNameId", k."nameEn" AS "kindNameEn", g."status"::text AS "status",
      (SELECT COUNT(*)::int FROM "GroupMember" gm WHERE gm."groupId" = g."id" AND gm."leftOn" IS NULL) AS "members",
      (SELECT COALESCE(SUM(s."revenueRupiah"), 0)::bigint FROM "SalesRecord" s
        WHERE s."groupId" = g."id" AND s."month" BETWEEN ${fromMonth} AND ${toMonth}) AS "revenueRupiah"
    FROM "BusinessGroup" g JOIN "GroupKind" k ON k."code" = g."kindCode" WHERE g."villageCode" = ${villageCode}
    ORDER BY g."name", g."id"`;
}

/** The villages the actor may pick (village roles: their own; BP3MI staff: their region's). */
export async function listReportVillages(actor: Actor): Promise<ScopedVillage[]> {
  assertCan(actor, "group:read");
  return listScopedVillages(actor);
}

/** A village's report; a village outside the actor's scope (or none picked by BP3MI staff) is not found. */
export async function getVillageReport(actor: Actor, villageCode: string | null | undefined, now: Date = new Date()): Promise<VillageReport> {
  assertCan(actor, "group:read");
  const village = await pickScopedVillage(actor, villageCode);
  if (!village) throw new NotFoundError("Village");
  const months = lastMonths(now);
  const groups = await villageGroups(village.code, months[0]!, months[months.length - 1]!);
  const [series, reintegration] = await Promise.all([reportSeries(groups.map((g) => g.id), now), reintegrationRate(village.code)]);
  return { village, groups, reintegration, ...series };
}
