// Calendar arithmetic on day numbers (days since 1970-01-01, UTC): cheap to add and compare
// a million times, turned into text only when a row is written.

export const DAY_MS = 86_400_000;

/** The synthetic data describes the registry as it stood on this day (fixed, so runs match). */
export const ANCHOR_DAY = dayOf("2026-11-01");

export function dayOf(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

// Formatting dates is most of the generator's time: each day and each second of the day is
// turned into text once and reused.
const DAY_CACHE_FROM = -25_000; // 1901
const dayCache: string[] = new Array<string>(60_000).fill(""); // until 2065; filled, so V8 keeps it a flat array
const secondCache: string[] = new Array<string>(86_400).fill("");

/** yyyy-mm-dd, for DATE columns. */
export function isoDay(day: number): string {
  const i = day - DAY_CACHE_FROM;
  return dayCache[i] || (dayCache[i] = new Date(day * DAY_MS).toISOString().slice(0, 10));
}

/** A timestamp for TIMESTAMPTZ columns (UTC): the day plus a number of seconds. */
export function isoMoment(day: number, seconds = 0): string {
  const extraDays = Math.floor(seconds / 86_400);
  const s = seconds - extraDays * 86_400;
  const i = Math.floor(s);
  const time = secondCache[i] || (secondCache[i] = new Date(i * 1000).toISOString().slice(10, 19));
  return `${isoDay(day + extraDays)}${time}Z`;
}

/** A timestamp for TIMESTAMPTZ columns from epoch milliseconds (whole seconds). */
export function isoMs(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  return isoMoment(day, Math.floor((ms - day * DAY_MS) / 1000));
}

export function dateParts(day: number): { y: number; m: number; d: number } {
  const date = new Date(day * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

export function dayOfYear(year: number, rngFloat: number): number {
  const start = Date.UTC(year, 0, 1) / DAY_MS;
  const end = Date.UTC(year + 1, 0, 1) / DAY_MS;
  return start + Math.floor(rngFloat * (end - start));
}
