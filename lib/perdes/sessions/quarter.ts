// Quarters of the calendar year ("2026-Q4"), by which sessions are listed and counted. A
// session's date is a calendar date stored as UTC midnight, so its UTC fields are the day's.
// Pure.

export type Quarter = { year: number; q: 1 | 2 | 3 | 4 };

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** "2026-Q4" → { year: 2026, q: 4 }; null for anything else. */
export function parseQuarter(value: string | null | undefined): Quarter | null {
  const m = value ? QUARTER.exec(value.trim().toUpperCase()) : null;
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1945 || year > 2100) return null;
  return { year, q: Number(m[2]) as Quarter["q"] };
}

export function formatQuarter(quarter: Quarter): string {
  return `${quarter.year}-Q${quarter.q}`;
}

/** The quarter a calendar date falls in. */
export function quarterOf(date: Date): Quarter {
  return { year: date.getUTCFullYear(), q: (Math.floor(date.getUTCMonth() / 3) + 1) as Quarter["q"] };
}

/** The first day of the quarter and the first day after it (UTC midnights, for a `heldOn` range). */
export function quarterRange(quarter: Quarter): { from: Date; until: Date } {
  const startMonth = (quarter.q - 1) * 3;
  return { from: new Date(Date.UTC(quarter.year, startMonth, 1)), until: new Date(Date.UTC(quarter.year, startMonth + 3, 1)) };
}

/** The quarter before. */
export function previousQuarter(quarter: Quarter): Quarter {
  return quarter.q === 1 ? { year: quarter.year - 1, q: 4 } : { year: quarter.year, q: (quarter.q - 1) as Quarter["q"] };
}

/** `count` quarters ending with the one of `today`, newest first. */
export function recentQuarters(today: Date, count: number): Quarter[] {
  const out: Quarter[] = [];
  let current = quarterOf(today);
  for (let i = 0; i < count; i++) {
    out.push(current);
    current = previousQuarter(current);
  }
  return out;
}
