import "server-only";
import { db } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan, type Actor } from "@/lib/authz";
import type { PerdesPeriod } from "@/lib/perdes/period";
import type { MonitoringCursor, MonitoringList } from "./monitoring-lists";
import { readMonitoringPage, type MonitoringRow } from "./list-monitoring";

/** A download holds at most this many rows; a bigger list asks for a shorter period. */
export const MONITORING_EXPORT_LIMIT = 50_000;
const BATCH = 2_000;

/**
 * A whole monitoring list in the page's order, read in keyset batches. Names, villages,
 * destinations and dates only (no identity numbers or contacts). Taking the copy out is
 * recorded in the audit log.
 */
export async function exportMonitoringList(
  actor: Actor,
  list: MonitoringList,
  period: PerdesPeriod,
  meta: { ip?: string | null; format: "csv" | "xlsx"; now?: Date },
): Promise<{ rows: MonitoringRow[]; truncated: boolean }> {
  assertCan(actor, "monitoring:read");
  const rows: MonitoringRow[] = [];
  let cursor: MonitoringCursor | null = null;
  let truncated = false;
  for (;;) {
    const page: Awaited<ReturnType<typeof readMonitoringPage>> = await readMonitoringPage(actor, list, period, cursor, { now: meta.now, pageSize: BATCH });
    rows.push(...page.rows);
    if (rows.length >= MONITORING_EXPORT_LIMIT) {
      truncated = rows.length > MONITORING_EXPORT_LIMIT || page.next !== null;
      rows.length = Math.min(rows.length, MONITORING_EXPORT_LIMIT);
      break;
    }
    if (!page.next) break;
    cursor = page.next;
  }
  await writeAudit(db, {
    actor,
    action: "perdes.monitoring-export",
    entity: "Placement",
    villageCode: actor.villageCode,
    after: { list, from: period.from, to: period.to, format: meta.format, rows: rows.length, truncated },
    ip: meta.ip,
  });
  return { rows, truncated };
}
