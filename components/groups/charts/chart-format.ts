import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/** "2026-01" → "Jan 2026" (the house date format without its day). */
export function monthLabel(locale: Locale): (month: string) => string {
  return (month) => formatDate(new Date(`${month}-01T00:00:00Z`), locale).slice(3);
}

/** Short rupiah for a bar's label: 1,5 jt / 1.5M, 750 rb / 750K. The tables carry the exact amounts. */
export function shortRupiah(amount: bigint, locale: Locale): string {
  const n = Number(amount);
  const [div, unit] = n >= 1e9 ? [1e9, locale === "id" ? " M" : "B"] : n >= 1e6 ? [1e6, locale === "id" ? " jt" : "M"] : n >= 1e3 ? [1e3, locale === "id" ? " rb" : "K"] : [1, ""];
  const v = Math.round((n / div) * 10) / 10;
  return `${String(v).replace(".", locale === "id" ? "," : ".")}${unit}`;
}

// Fill classes for products, in order; products past the palette are summed as "other".
export const PRODUCT_FILLS = ["fill-brand-600", "fill-amber-500", "fill-sky-700", "fill-emerald-600", "fill-rose-600"] as const;
export const OTHER_FILL = "fill-slate-500";
export const PRODUCT_SWATCHES = ["bg-brand-600", "bg-amber-500", "bg-sky-700", "bg-emerald-600", "bg-rose-600"] as const;
export const OTHER_SWATCH = "bg-slate-500";

/** Wraps the figures table (a table itself cannot shrink to sr-only size): screen readers and the printout get it; on screen the chart shows it. */
export const FIGURES_TABLE = "sr-only print:not-sr-only print:mt-2 print:w-full print:text-sm";
