// The period of the case reports: whole months in WIB, "YYYY-MM" to "YYYY-MM" inclusive.
// Pure. A value that does not parse falls back to the default (the last 12 months, this one
// included); a reversed range is put the right way round; a range longer than
// MAX_REPORT_MONTHS keeps its last months.
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const MAX_REPORT_MONTHS = 36;
export const DEFAULT_REPORT_MONTHS = 12;

export type ReportPeriod = { from: string; to: string };

const index = (ym: string) => {
  const m = MONTH.exec(ym)!;
  return Number(m[1]) * 12 + Number(m[2]) - 1;
};
const fromIndex = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;

/** The WIB month a moment falls in. */
export function wibMonth(at: Date): string {
  const w = new Date(at.getTime() + WIB_OFFSET_MS);
  return fromIndex(w.getUTCFullYear() * 12 + w.getUTCMonth());
}

export function parseReportPeriod(raw: { from?: string | string[]; to?: string | string[] }, now: Date = new Date()): ReportPeriod {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim();
  const from = one(raw.from);
  const to = one(raw.to);
  let end = to && MONTH.test(to) ? index(to) : index(wibMonth(now));
  let start = from && MONTH.test(from) ? index(from) : end - (DEFAULT_REPORT_MONTHS - 1);
  if (start > end) [start, end] = [end, start];
  if (end - start + 1 > MAX_REPORT_MONTHS) start = end - (MAX_REPORT_MONTHS - 1);
  return { from: fromIndex(start), to: fromIndex(end) };
}

/** The months of the period, oldest first. */
export function monthsOf(period: ReportPeriod): string[] {
  const months: string[] = [];
  for (let i = index(period.from); i <= index(period.to); i++) months.push(fromIndex(i));
  return months;
}

/** The first moment of a WIB month. */
function monthStart(i: number): Date {
  return new Date(Date.UTC(Math.floor(i / 12), i % 12, 1) - WIB_OFFSET_MS);
}

/** The period as moments: from the start of its first month (inclusive) to the start of the month after its last (exclusive). */
export function periodBounds(period: ReportPeriod): { gte: Date; lt: Date } {
  return { gte: monthStart(index(period.from)), lt: monthStart(index(period.to) + 1) };
}
