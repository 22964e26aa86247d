// Months and quantities of the sales records, as stored and as shown. Pure.
import { centsToInput } from "@/lib/cases/claims/money";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/** "2026-11" for the month of a calendar day (UTC midnight). */
export function monthOf(day: Date): string {
  return `${day.getUTCFullYear()}-${String(day.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** "Nov 2026" for "2026-11" (house month names, lib/i18n/format.ts). */
export function monthLabel(month: string, locale: Locale): string {
  return formatDate(new Date(`${month}-01T00:00:00Z`), locale).slice(3);
}

/** A Decimal's text "1250.50" → "1.250,5", the Indonesian way it is typed (parses back the same). */
export function quantityText(decimal: string): string {
  const [whole = "0", frac = ""] = decimal.split(".");
  const text = centsToInput(BigInt(whole) * 100n + BigInt(frac.padEnd(2, "0").slice(0, 2)));
  return text.replace(/,(\d)0$/, ",$1");
}
