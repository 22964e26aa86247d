import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import { daysBetween, toDateInput, todayWib } from "@/lib/placements/dates";
import type { PerdesPeriod } from "@/lib/perdes/period";
import { decodeMonitoringCursor, encodeMonitoringCursor, MONITORING_LISTS, type MonitoringCursor, type MonitoringList } from "./monitoring-lists";
import { listPageSql, listWhereSql, type MonitoringRowRaw } from "./monitoring-sql";

// Departure and return monitoring (issue 7, item 4): the five counts and the lists behind
// them, in the actor's villages (villageScope on Placement.villageCode).

export const MONITORING_PAGE_SIZE = 25;

export type MonitoringRow = Omit<MonitoringRowRaw, "sortDay"> & {
  /** Whole days since the contract ended, for a worker still abroad with no return recorded; else null. */
  daysOverdue: number | null;
};

export type MonitoringCounts = Record<MonitoringList, number>;

/** How many placements each list holds, for the period (and today, for the lists about now). */
export async function countMonitoring(actor: Actor, period: PerdesPeriod, opts: { now?: Date } = {}): Promise<MonitoringCounts> {
  assertCan(actor, "monitoring:read");
  const today = toDateInput(todayWib(opts.now));
  const counts = await Promise.all(
    MONITORING_LISTS.map((list) => db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS "n" FROM "Placement" p WHERE ${listWhereSql(actor, list, period, today)}`),
  );
  return Object.fromEntries(MONITORING_LISTS.map((list, i) => [list, counts[i]![0]?.n ?? 0])) as MonitoringCounts;
}

function toRow(raw: MonitoringRowRaw, today: Date): MonitoringRow {
  const r: Omit<MonitoringRowRaw, "sortDay"> & { sortDay?: string } = { ...raw };
  delete r.sortDay;
  const overdue = r.status === "DEPARTED" && !r.returnDate && r.contractEnd !== null && r.contractEnd < today;
  return { ...r, daysOverdue: overdue ? daysBetween(r.contractEnd!, today) : null };
}

/** One page of a list, in keyset order (see monitoring-sql.ts sortDaySql), for internal batching too. */
export async function readMonitoringPage(
  actor: Actor,
  list: MonitoringList,
  period: PerdesPeriod,
  cursor: MonitoringCursor | null,
  opts: { now?: Date; pageSize?: number } = {},
): Promise<{ rows: MonitoringRow[]; next: MonitoringCursor | null }> {
  assertCan(actor, "monitoring:read");
  const today = todayWib(opts.now);
  const pageSize = opts.pageSize ?? MONITORING_PAGE_SIZE;
  const found = await db.$queryRaw<MonitoringRowRaw[]>(listPageSql(listWhereSql(actor, list, period, toDateInput(today)), list, cursor, pageSize + 1));
  const page = found.slice(0, pageSize);
  const last = page.at(-1);
  return { rows: page.map((r) => toRow(r, today)), next: found.length > pageSize && last ? { day: last.sortDay, id: last.placementId } : null };
}

/** The page a list shows: rows, and the cursor of the next page (opaque), or null. */
export async function listMonitoring(
  actor: Actor,
  list: MonitoringList,
  period: PerdesPeriod,
  rawCursor?: string | string[] | null,
  opts: { now?: Date; pageSize?: number } = {},
): Promise<{ rows: MonitoringRow[]; nextCursor: string | null }> {
  const { rows, next } = await readMonitoringPage(actor, list, period, decodeMonitoringCursor(rawCursor), opts);
  return { rows, nextCursor: next ? encodeMonitoringCursor(next) : null };
}
