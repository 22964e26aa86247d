import { TIME_ZONE, type Locale } from "./locales";

// House formats: dates `dd MMM yyyy` (05 Agu 2026), money `Rp1.500.000`. Month names are
// spelled out here rather than left to the runtime's ICU data, which varies between machines.
const MONTHS: Record<Locale, readonly string[]> = {
  id: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

// WIB has no daylight saving: UTC+7 all year.
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

function wallClock(date: Date, timeZone: string): Date {
  if (timeZone !== TIME_ZONE) throw new Error(`unsupported time zone ${timeZone}`);
  return new Date(date.getTime() + WIB_OFFSET_MS);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A calendar date (birth date, contract start): shown as stored, no time-zone shift. */
export function formatDate(date: Date | string | null | undefined, locale: Locale, opts: { wib?: boolean } = {}): string {
  if (date == null) return "";
  const d = typeof date === "string" ? new Date(date) : date;
  const w = opts.wib ? wallClock(d, TIME_ZONE) : d;
  return `${pad(w.getUTCDate())} ${MONTHS[locale][w.getUTCMonth()]} ${w.getUTCFullYear()}`;
}

/** A moment (audit entry, sign-in): in WIB, `dd MMM yyyy HH:mm WIB`. */
export function formatDateTime(date: Date | string | null | undefined, locale: Locale): string {
  if (date == null) return "";
  const d = typeof date === "string" ? new Date(date) : date;
  const w = wallClock(d, TIME_ZONE);
  return `${formatDate(d, locale, { wib: true })} ${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())} WIB`;
}

/** Rupiah without decimals and with dots: Rp1.500.000 (negative: -Rp1.500.000). */
export function formatRupiah(amount: number | bigint): string {
  const value = typeof amount === "bigint" ? amount : BigInt(Math.round(amount));
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${negative ? "-" : ""}Rp${digits}`;
}

export function formatNumber(n: number, locale: Locale): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, locale === "id" ? "." : ",");
}
