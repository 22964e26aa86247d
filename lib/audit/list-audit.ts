import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, villageScope, type Actor } from "@/lib/authz";
import type { AuditQuery } from "./audit-query";
import { decodeTimeCursor, encodeTimeCursor, olderThan, wibDayRange } from "./history-query";

export const AUDIT_PAGE_SIZE = 50;

export const AUDIT_SELECT = {
  id: true,
  at: true,
  actorEmail: true,
  actorRole: true,
  action: true,
  entity: true,
  entityId: true,
  villageCode: true,
  before: true,
  after: true,
  ip: true,
} as const satisfies Prisma.AuditLogSelect;

export type AuditRow = Prisma.AuditLogGetPayload<{ select: typeof AUDIT_SELECT }>;

/**
 * Which entries an actor may see, narrowed by the filters. BP3MI staff see the entries of
 * the villages in their region; entries with no village are system-level (sign-ins of
 * admins, user management of non-village users) and only admins see them. The village
 * scope never matches a null villageCode, so that follows from villageScope itself.
 */
export function auditWhere(actor: Actor, query: AuditQuery): Prisma.AuditLogWhereInput {
  const filters: Prisma.AuditLogWhereInput[] = [villageScope(actor)];
  if (query.action) filters.push({ action: { startsWith: query.action } });
  if (query.entity) filters.push({ entity: query.entity });
  if (query.entityId) filters.push({ entityId: query.entityId });
  if (query.actor) filters.push({ actorEmail: { contains: query.actor, mode: "insensitive" } });
  const at = wibDayRange(query.from, query.to);
  if (at) filters.push({ at });
  return { AND: filters };
}

/** One page of the audit log, newest first, keyset-paged on (at, id). */
export async function listAudit(actor: Actor, query: AuditQuery, pageSize = AUDIT_PAGE_SIZE) {
  assertCan(actor, "audit:read");
  const where = auditWhere(actor, query);
  const cursor = decodeTimeCursor(query.cursor);
  const found = await db.auditLog.findMany({
    where: cursor ? { AND: [where, olderThan(cursor)] } : where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    select: AUDIT_SELECT,
  });
  const rows = found.slice(0, pageSize);
  const last = rows[rows.length - 1];
  const nextCursor = found.length > pageSize && last ? encodeTimeCursor({ at: last.at, id: last.id }) : null;
  return { rows, nextCursor };
}
