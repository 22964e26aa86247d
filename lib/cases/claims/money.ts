// Money on a case: amounts typed the Indonesian way, kept as whole cents (bigint, so nothing
// is lost to floating point), stored as Decimal(18,2), shown per currency. Pure.
import { formatRupiah } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The currencies a claim can be in (ISO 4217): the rupiah and those of the main destination
 * countries, plus the US dollar. Their names are in the caseMoney catalog (claims.currency).
 */
export const CLAIM_CURRENCIES = ["IDR", "MYR", "SGD", "HKD", "TWD", "SAR", "AED", "KRW", "JPY", "USD", "QAR", "KWD", "OMR", "BND"] as const;
export type ClaimCurrency = (typeof CLAIM_CURRENCIES)[number];

/** The currency wages are usually paid in, by destination country (ISO 3166 → ISO 4217): the claim form's first guess. */
const COUNTRY_CURRENCY: Readonly<Record<string, ClaimCurrency>> = {
  MY: "MYR", SG: "SGD", HK: "HKD", TW: "TWD", SA: "SAR", AE: "AED", KR: "KRW", JP: "JPY", QA: "QAR", KW: "KWD", OM: "OMR", BN: "BND", US: "USD",
};

export function currencyOfCountry(countryCode: string | null | undefined): ClaimCurrency | null {
  return countryCode ? (COUNTRY_CURRENCY[countryCode] ?? null) : null;
}

/** Nobody's wages or fees reach a trillion in any of these currencies: a longer number is a typing mistake. */
export const MAX_AMOUNT_CENTS = 100_000_000_000_000n - 1n; // 999.999.999.999,99

export type AmountProblem = "amountInvalid" | "amountNegative" | "amountTooManyDecimals" | "amountTooLarge";
export type ParsedAmount = { ok: true; cents: bigint } | { ok: false; problem: AmountProblem };

// Dots group thousands (in threes), a comma comes before the cents: 1.500.000 or
// 1.500.000,50 or 1500000. "1.5" and "1,500,000" (the English way) are refused rather than
// guessed: 1.500 means one thousand five hundred here.
const AMOUNT = /^(0|[1-9]\d*|[1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?$/;

/** "1.500.000,50" → 150000050n cents. */
export function parseAmount(text: string): ParsedAmount {
  const s = text.trim();
  if (/^[-−]\s*\d/.test(s)) return { ok: false, problem: "amountNegative" };
  if (s.length > 40) return { ok: false, problem: "amountTooLarge" };
  const m = AMOUNT.exec(s);
  if (!m) return { ok: false, problem: "amountInvalid" };
  const decimals = m[2] ?? "";
  if (decimals.length > 2) return { ok: false, problem: "amountTooManyDecimals" };
  const cents = BigInt(m[1]!.replaceAll(".", "")) * 100n + BigInt(decimals.padEnd(2, "0") || "0");
  if (cents > MAX_AMOUNT_CENTS) return { ok: false, problem: "amountTooLarge" };
  return { ok: true, cents };
}

/** 150000050n → "1500000.50", for a Decimal column. */
export function centsToDecimal(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  return `${negative ? "-" : ""}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}

/** A Decimal column's text ("1500000.5", "1500000.50", "1500000") → cents. */
export function decimalToCents(value: string | { toFixed(digits: number): string }): bigint {
  const text = typeof value === "string" ? value : value.toFixed(2);
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) throw new Error(`not an amount with at most two decimals: ${text}`);
  const cents = BigInt(m[2]!) * 100n + BigInt((m[3] ?? "").padEnd(2, "0"));
  return m[1] ? -cents : cents;
}

/** For the form: 150000050n → "1.500.000,50", 150000000n → "1.500.000" (parses back to the same). */
export function centsToInput(cents: bigint): string {
  const whole = (cents / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const rest = cents % 100n;
  return rest === 0n ? whole : `${whole},${String(rest).padStart(2, "0")}`;
}

// ISO 4217 gives yen and won no minor unit. Said here rather than asked of the runtime's
// ICU data, which varies between machines (and gives the rupiah none, though ISO gives it two).
const NO_CENTS: readonly string[] = ["JPY", "KRW"];

/** Whether amounts in this currency can have cents (the column keeps two decimals at most). */
export function hasCents(currency: string): boolean {
  return !NO_CENTS.includes(currency);
}

const INTL_LOCALE: Record<Locale, string> = { id: "id-ID", en: "en-US" };

/**
 * Rupiah the house way (Rp1.500.000, cents only when there are some: Rp1.500.000,50);
 * other currencies with their code and the locale's grouping: MYR 1.500,00 (id), MYR 1,500.00 (en).
 * The space after the code is a no-break space.
 */
export function formatMoney(amount: bigint | string, currency: string, locale: Locale): string {
  const cents = typeof amount === "bigint" ? amount : decimalToCents(amount);
  if (currency === "IDR") {
    const rest = (cents < 0n ? -cents : cents) % 100n;
    return rest === 0n ? formatRupiah(cents / 100n) : `${formatRupiah(cents / 100n)},${String(rest).padStart(2, "0")}`;
  }
  const format = new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: "currency",
    currency,
    currencyDisplay: "code",
    minimumFractionDigits: hasCents(currency) ? 2 : 0,
    maximumFractionDigits: 2,
  });
  // A decimal string is formatted exactly (Intl.NumberFormat v3), with no detour through a float.
  return format.format(centsToDecimal(cents) as unknown as number);
}

export type CurrencyAmounts = { currency: string; claimedCents: bigint; recoveredCents: bigint };

/** Totals per currency, never across currencies; in the order of CLAIM_CURRENCIES, any other after. */
export function totalsByCurrency(rows: readonly CurrencyAmounts[]): { currency: string; claimedCents: bigint; recoveredCents: bigint; claims: number }[] {
  const totals = new Map<string, { currency: string; claimedCents: bigint; recoveredCents: bigint; claims: number }>();
  for (const r of rows) {
    const t = totals.get(r.currency) ?? { currency: r.currency, claimedCents: 0n, recoveredCents: 0n, claims: 0 };
    t.claimedCents += r.claimedCents;
    t.recoveredCents += r.recoveredCents;
    t.claims += 1;
    totals.set(r.currency, t);
  }
  return [...totals.values()].sort((a, b) => currencyOrder(a.currency) - currencyOrder(b.currency) || a.currency.localeCompare(b.currency));
}

export function currencyOrder(currency: string): number {
  const i = (CLAIM_CURRENCIES as readonly string[]).indexOf(currency);
  return i === -1 ? CLAIM_CURRENCIES.length : i;
}
