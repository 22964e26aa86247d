// Calendar dates and WIB moments for the placement forms. Pure.
// A calendar date (contract start, departure) is stored as UTC midnight of that day
// (@db.Date); a moment (a check-in) is a timestamp, typed by the user in WIB (UTC+7, no DST).

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

const DATE_INPUT = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2026-08-05" → 2026-08-05T00:00:00Z, or null when it is not a real day. */
export function parseDateInput(value: string): Date | null {
  const m = DATE_INPUT.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && y >= 1900 && y <= 2200 ? date : null;
}

/** "2026-08-05T14:30" typed in WIB → the moment (07:30 UTC), or null. */
export function parseWibDateTime(value: string): Date | null {
  const m = DATETIME_INPUT.exec(value);
  if (!m) return null;
  const day = parseDateInput(`${m[1]}-${m[2]}-${m[3]}`);
  const [h, min] = [Number(m[4]), Number(m[5])];
  if (!day || h > 23 || min > 59) return null;
  return new Date(day.getTime() + (h * 60 + min) * 60_000 - WIB_OFFSET_MS);
}

/** Today's calendar date in WIB, as UTC midnight. */
export function todayWib(now: Date = new Date()): Date {
  const w = new Date(now.getTime() + WIB_OFFSET_MS);
  return new Date(Date.UTC(w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate()));
}

/** The moment a WIB calendar day begins (a stored date is UTC midnight of the same day). */
export function startOfWibDay(date: Date): Date {
  return new Date(date.getTime() - WIB_OFFSET_MS);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** For <input type="date">: "2026-08-05" ("" for none). */
export function toDateInput(date: Date | null | undefined): string {
  if (!date) return "";
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** For <input type="datetime-local">, in WIB: "2026-08-05T14:30". */
export function toWibDateTimeInput(moment: Date): string {
  const w = new Date(moment.getTime() + WIB_OFFSET_MS);
  return `${toDateInput(w)}T${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}`;
}

/** Whole days from `from` to `to` (0 when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));
}
