// Phone numbers for matching agents and reports: digits only, starting 62 (Indonesia's
// country code). 0812-3456-7890, +62 812 3456 7890 and 62812… all become 6281234567890.
// A foreign number keeps its own country code when written with "+" or "00".

/** Normalised digits, or null when the text holds too few or too many digits for a phone. */
export function normalisePhone(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  let digits = trimmed.replace(/\D/g, "");
  if (digits === "") return null;
  if (trimmed.startsWith("+")) {
    // already international
  } else if (digits.startsWith("00")) {
    digits = digits.slice(2);
  } else if (digits.startsWith("0")) {
    digits = `62${digits.slice(1)}`;
  } else if (digits.startsWith("8")) {
    digits = `62${digits}`;
  }
  if (digits.length < 9 || digits.length > 15) return null;
  return digits;
}

/** For display: +62 812-3456-7890. */
export function formatPhone(digits: string | null | undefined): string {
  if (!digits) return "";
  if (!digits.startsWith("62")) return `+${digits}`;
  const rest = digits.slice(2);
  const groups = [rest.slice(0, 3), rest.slice(3, 7), rest.slice(7)].filter(Boolean);
  return `+62 ${groups.join("-")}`;
}
