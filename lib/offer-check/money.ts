// Money as villagers type it: "25.000.000", "25jt", "Rp25.000.000", "Rp 25 juta", "2,5 jt",
// "500rb", "25000000". Answers whole Rupiah, or null when the text is not an amount.
// Indonesian writing: the dot groups thousands and the comma is the decimal sign.

const UNITS: Record<string, number> = {
  rb: 1_000,
  ribu: 1_000,
  k: 1_000,
  jt: 1_000_000,
  juta: 1_000_000,
  m: 1_000_000_000,
  miliar: 1_000_000_000,
  milyar: 1_000_000_000,
};

/** The largest amount accepted: anything above is a typing mistake, not an offer. */
export const MAX_RUPIAH = 10_000_000_000;

export function parseRupiah(raw: string | null | undefined): number | null {
  if (raw == null) return null;
  let s = raw.toLowerCase().replace(/\s+/g, "").replace(/^rp\.?/, "").replace(/,-$/, "").replace(/\.-$/, "");
  if (s === "") return null;
  const unitMatch = /^([\d.,]+)([a-z]+)$/.exec(s);
  let factor = 1;
  if (unitMatch) {
    const unit = UNITS[unitMatch[2]!];
    if (!unit) return null;
    factor = unit;
    s = unitMatch[1]!;
  }
  if (!/^\d[\d.,]*$/.test(s)) return null;

  let value: number;
  if (factor > 1) {
    // "2,5jt" or "2.5jt": one decimal separator, no thousands grouping.
    const normal = s.replace(",", ".");
    if (!/^\d+(\.\d+)?$/.test(normal)) return null;
    value = Number(normal) * factor;
  } else if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(s)) {
    value = Number(s.replace(/\./g, "").replace(",", "."));
  } else if (/^\d{1,3}(,\d{3})+$/.test(s)) {
    // "25,000,000" (English grouping).
    value = Number(s.replace(/,/g, ""));
  } else if (/^\d+(,\d{1,2})?$/.test(s)) {
    value = Number(s.replace(",", "."));
  } else {
    return null;
  }
  if (!Number.isFinite(value) || value > MAX_RUPIAH) return null;
  return Math.round(value);
}
