import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import type { AuditQuery } from "./audit-query";
import { AUDIT_SELECT, auditWhere, type AuditRow } from "./list-audit";
import { writeAudit } from "./write-audit";

export const AUDIT_EXPORT_LIMIT = 10_000;

/**
 * The filtered audit log for download (newest first, at most AUDIT_EXPORT_LIMIT rows).
 * Taking a copy out of the portal is itself recorded, in the same transaction as the read.
 */
export async function exportAudit(
  actor: Actor,
  query: AuditQuery,
  meta: { ip?: string | null } = {},
): Promise<{ rows: AuditRow[]; truncated: boolean }> {
  assertCan(actor, "audit:read");
  return db.$transaction(async (tx) => {
    const found = await tx.auditLog.findMany({
      where: auditWhere(actor, query),
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: AUDIT_EXPORT_LIMIT + 1,
      select: AUDIT_SELECT,
    });
    const rows = found.slice(0, AUDIT_EXPORT_LIMIT);
    const truncated = found.length > AUDIT_EXPORT_LIMIT;
    const filters = { action: query.action, entity: query.entity, entityId: query.entityId, actor: query.actor, from: query.from, to: query.to };
    await writeAudit(tx, {
      actor,
      action: "audit.export",
      entity: "AuditLog",
      villageCode: null,
      after: { filters, rows: rows.length, truncated },
      ip: meta.ip,
    });
    return { rows, truncated };
  });
}
