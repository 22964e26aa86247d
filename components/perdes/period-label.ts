import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { periodQuarter, type PerdesPeriod } from "@/lib/perdes/period";

type Translate = (key: string, values?: Record<string, string | number>) => string;

const ROMAN = ["I", "II", "III", "IV"];

/** "2026-11" → "Nov 2026" (the house date format without its day). */
export function monthLabel(month: string, locale: Locale): string {
  return formatDate(new Date(`${month}-01T00:00:00Z`), locale).slice(3);
}

/** "2026-Q4" → "Triwulan IV 2026" / "Q4 2026"; `t` is the scorecard.period translator. */
export function quarterLabel(quarter: string, t: Translate): string {
  const [year, q] = quarter.split("-Q");
  return t("quarter", { year: year!, n: Number(q), roman: ROMAN[Number(q) - 1]! });
}

/** A month, a quarter or a range, as words. */
export function periodLabel(period: PerdesPeriod, locale: Locale, t: Translate): string {
  if (period.from === period.to) return monthLabel(period.from, locale);
  const q = periodQuarter(period);
  if (q) return quarterLabel(q, t);
  return t("range", { from: monthLabel(period.from, locale), to: monthLabel(period.to, locale) });
}
