import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { decodeUserCursor as decodeCursor, encodeUserCursor as encodeCursor } from "@/lib/users/cursor";
import { UUID } from "@/lib/users/uuid";
import { groupReports } from "./group-reports";
import type { ListReportsQuery } from "./schemas";

export const REPORTS_PAGE_SIZE = 25;
/** Grouping looks at this many recent reports in scope (a region's inbox, not the archive). */
export const GROUPING_WINDOW = 1000;

const SELECT = { id: true, code: true, villageCode: true, what: true, agentName: true, recruiterName: true, phone: true, place: true, status: true, createdAt: true, agentId: true } as const satisfies Prisma.SuspiciousReportSelect;

/** The inbox: reports in the actor's villages or region, newest first, one keyset page at a time. */
export async function listReports(actor: Actor, query: ListReportsQuery, pageSize = REPORTS_PAGE_SIZE) {
  assertCan(actor, "report:read");
  const filters: Prisma.SuspiciousReportWhereInput[] = [villageScope(actor)];
  if (query.status) filters.push({ status: query.status });
  if (query.village) filters.push({ villageCode: query.village });
  const where: Prisma.SuspiciousReportWhereInput = { AND: filters };
  const cursor = decodeCursor(query.cursor);
  const at = cursor ? new Date(cursor.key) : null;
  const after: Prisma.SuspiciousReportWhereInput | null =
    cursor && at && !Number.isNaN(at.getTime()) && UUID.test(cursor.id) ? { OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: cursor.id } }] } : null;
  const [found, total] = await Promise.all([
    db.suspiciousReport.findMany({ where: after ? { AND: [where, after] } : where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: pageSize + 1, select: SELECT }),
    db.suspiciousReport.count({ where }),
  ]);
  const rows = found.slice(0, pageSize);
  const last = rows[rows.length - 1];
  return { rows, total, nextCursor: found.length > pageSize && last ? encodeCursor({ key: last.createdAt.toISOString(), id: last.id }) : null };
}
export type ReportRow = Awaited<ReturnType<typeof listReports>>["rows"][number];

/** Groups of reports in scope naming the same phone or a similar agent name. */
export async function listReportGroups(actor: Actor) {
  assertCan(actor, "report:read");
  const recent = await db.suspiciousReport.findMany({
    where: { AND: [villageScope(actor), { status: { not: "CLOSED" } }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: GROUPING_WINDOW,
    select: SELECT,
  });
  const byId = new Map(recent.map((r) => [r.id, r]));
  return groupReports(recent).map((g) => ({ ...g, reports: g.reportIds.map((id) => byId.get(id)!) }));
}

/** One report in scope (another region's report answers "not found"). */
export async function getReport(actor: Actor, id: string) {
  assertCan(actor, "report:read");
  if (!UUID.test(id)) throw new NotFoundError("SuspiciousReport");
  const report = await db.suspiciousReport.findFirst({
    where: { AND: [{ id }, villageScope(actor)] },
    include: { agent: { select: { id: true, name: true, watchlisted: true } } },
  });
  if (!report) throw new NotFoundError("SuspiciousReport");
  return report;
}
