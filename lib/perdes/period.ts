// The period of the Perdes monitoring and scorecard: whole WIB months, "YYYY-MM" to "YYYY-MM"
// inclusive, chosen as one month (?month=2026-11), one quarter (?quarter=2026-Q4) or a range
// (?from=…&to=…). Pure. A value that does not parse falls back to the current month or
// quarter; a reversed range is put the right way round; a range longer than
// MAX_PERIOD_MONTHS keeps its last months.
import { monthsOf, periodBounds, wibMonth, type ReportPeriod } from "@/lib/cases/lists/report-period";

export type PerdesPeriod = ReportPeriod;

export const MAX_PERIOD_MONTHS = 24;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

const index = (ym: string) => {
  const m = MONTH.exec(ym)!;
  return Number(m[1]) * 12 + Number(m[2]) - 1;
};
const fromIndex = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;

/** "2026-11" → "2026-Q4". */
export function quarterOf(month: string): string {
  const i = index(month);
  return `${Math.floor(i / 12)}-Q${Math.floor((i % 12) / 3) + 1}`;
}

/** "2026-Q4" → { from: "2026-10", to: "2026-12" }, or null when it does not parse. */
export function quarterMonths(quarter: string): PerdesPeriod | null {
  const m = QUARTER.exec(quarter);
  if (!m) return null;
  const first = Number(m[1]) * 12 + (Number(m[2]) - 1) * 3;
  return { from: fromIndex(first), to: fromIndex(first + 2) };
}

/** The quarters the period touches, oldest first. */
export function quartersOf(period: PerdesPeriod): string[] {
  return [...new Set(monthsOf(period).map(quarterOf))];
}

/** The period widened to whole quarters (the sessions criterion is judged per whole quarter). */
export function wholeQuarters(period: PerdesPeriod): PerdesPeriod {
  return { from: quarterMonths(quarterOf(period.from))!.from, to: quarterMonths(quarterOf(period.to))!.to };
}

/** The `n` quarters ending with `last`, oldest first. */
export function quartersEndingWith(last: string, n: number): string[] {
  const months = quarterMonths(last);
  if (!months) return [];
  const end = index(months.from);
  return Array.from({ length: n }, (_, k) => quarterOf(fromIndex(end - (n - 1 - k) * 3)));
}

export function currentMonth(now: Date = new Date()): string {
  return wibMonth(now);
}

export function currentQuarter(now: Date = new Date()): string {
  return quarterOf(wibMonth(now));
}

/** The quarter before `quarter`. */
export function previousQuarter(quarter: string): string {
  const months = quarterMonths(quarter)!;
  return quarterOf(fromIndex(index(months.from) - 1));
}

type Raw = Record<string, string | string[] | undefined | null>;
const one = (v: string | string[] | undefined | null) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";

/** The period asked for in the query string; `fallback` when none (or none that parses). */
export function parsePerdesPeriod(raw: Raw, opts: { now?: Date; fallback?: "month" | "quarter" } = {}): PerdesPeriod {
  const now = opts.now ?? new Date();
  const quarter = quarterMonths(one(raw.quarter));
  if (quarter) return quarter;
  const month = one(raw.month);
  if (MONTH.test(month)) return { from: month, to: month };
  const from = one(raw.from);
  const to = one(raw.to);
  if (MONTH.test(from) || MONTH.test(to)) {
    let end = MONTH.test(to) ? index(to) : index(from);
    let start = MONTH.test(from) ? index(from) : end;
    if (start > end) [start, end] = [end, start];
    if (end - start + 1 > MAX_PERIOD_MONTHS) start = end - (MAX_PERIOD_MONTHS - 1);
    return { from: fromIndex(start), to: fromIndex(end) };
  }
  return opts.fallback === "quarter" ? quarterMonths(currentQuarter(now))! : { from: currentMonth(now), to: currentMonth(now) };
}

/** The quarter key when the period is exactly one quarter, else null. */
export function periodQuarter(period: PerdesPeriod): string | null {
  const q = quarterOf(period.from);
  const months = quarterMonths(q)!;
  return months.from === period.from && months.to === period.to ? q : null;
}

/** The period as query parameters, in the shortest form (month, quarter or from/to). */
export function periodParams(period: PerdesPeriod): URLSearchParams {
  const q = periodQuarter(period);
  if (period.from === period.to) return new URLSearchParams({ month: period.from });
  if (q) return new URLSearchParams({ quarter: q });
  return new URLSearchParams({ from: period.from, to: period.to });
}

/** Calendar-day bounds for @db.Date columns, as "YYYY-MM-DD": the first day, and the day after the last. */
export function dayBounds(period: PerdesPeriod): { first: string; afterLast: string } {
  return { first: `${period.from}-01`, afterLast: `${fromIndex(index(period.to) + 1)}-01` };
}

/** Moment bounds for timestamp columns: the first WIB moment of the period (inclusive) and of the month after it (exclusive). */
export function momentBounds(period: PerdesPeriod): { gte: Date; lt: Date } {
  return periodBounds(period);
}

export { monthsOf };
