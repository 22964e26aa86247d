import type { Locale } from "@/lib/i18n/locales";

/** A shown share (lib/perdes/scorecard/status.ts): "75%", "89,5%" in Indonesian, "—" for none. */
export function formatPct(value: number | null, locale: Locale): string {
  if (value === null) return "—";
  return `${String(value).replace(".", locale === "id" ? "," : ".")}%`;
}
