// Shared by the time-ordered histories (audit log, sign-in events): WIB calendar days as
// UTC bounds, and the keyset cursor (moment, id) for "newest first" paging.

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC moment a WIB calendar day (YYYY-MM-DD, as an <input type="date"> sends it) begins; null if not a real date. */
export function wibDayStart(day: string | undefined | null): Date | null {
  const m = day ? ISO_DAY.exec(day) : null;
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utcMidnight = Date.UTC(y, mo - 1, d);
  const check = new Date(utcMidnight);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return new Date(utcMidnight - WIB_OFFSET_MS);
}

/**
 * A filter on a moment column for the WIB days `from` to `to`, both included:
 * `gte` the start of `from`, `lt` the start of the day after `to`.
 */
export function wibDayRange(from?: string | null, to?: string | null): { gte?: Date; lt?: Date } | undefined {
  const start = wibDayStart(from);
  const endDay = wibDayStart(to);
  const range: { gte?: Date; lt?: Date } = {};
  if (start) range.gte = start;
  if (endDay) range.lt = new Date(endDay.getTime() + DAY_MS);
  return range.gte || range.lt ? range : undefined;
}

/** The WIB calendar day of a moment, as YYYY-MM-DD. */
export function wibDay(date: Date): string {
  return new Date(date.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

export type TimeCursor = { at: Date; id: bigint };

export function encodeTimeCursor(c: TimeCursor): string {
  return `${c.at.getTime()}_${c.id}`;
}

export function decodeTimeCursor(raw: string | undefined | null): TimeCursor | null {
  const m = raw ? /^(\d{1,15})_(\d{1,19})$/.exec(raw) : null;
  if (!m) return null;
  const at = new Date(Number(m[1]));
  if (Number.isNaN(at.getTime())) return null;
  return { at, id: BigInt(m[2]!) };
}

/** Rows strictly after the cursor in (at desc, id desc) order. */
export function olderThan(c: TimeCursor) {
  return { OR: [{ at: { lt: c.at } }, { at: c.at, id: { lt: c.id } }] };
}
