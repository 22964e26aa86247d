// Calendar months ("YYYY-MM", as SalesRecord.month) for the report charts, in WIB.
import { todayWib } from "@/lib/placements/dates";

export const REPORT_MONTHS = 12;

/** "2026-11" for a calendar date. */
export function monthOf(day: Date): string {
  return `${day.getUTCFullYear()}-${String(day.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** The last `count` months up to and including the WIB month of `now`, oldest first. */
export function lastMonths(now: Date, count = REPORT_MONTHS): string[] {
  const today = todayWib(now);
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth();
  return Array.from({ length: count }, (_, i) => monthOf(new Date(Date.UTC(y, m - (count - 1) + i, 1))));
}

/**
 * The day a month is measured on: its last day, or today for the month still running (a
 * membership ending later this month is still open today).
 */
export function monthEndDay(month: string, now: Date): Date {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const end = new Date(Date.UTC(y, m, 0));
  const today = todayWib(now);
  return end.getTime() > today.getTime() ? today : end;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from a URL that cannot be a row's id is simply not found (PostgreSQL would reject it). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
