import { randomInt } from "node:crypto";

// Report codes a villager copies from a phone screen or reads out on the phone: LAP-7Q4K-92XD.
// The alphabet leaves out 0/O, 1/I/L and U/V, which are easy to mix up.
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
const CODE = new RegExp(`^LAP-[${CODE_ALPHABET}]{4}-[${CODE_ALPHABET}]{4}$`);

export function generateReportCode(): string {
  const part = () => Array.from({ length: 4 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
  return `LAP-${part()}-${part()}`;
}

/** A code as typed: any case, with or without spaces, dashes or the LAP prefix. */
export function normaliseReportCode(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.toUpperCase().replace(/[\s-]/g, "");
  const body = s.startsWith("LAP") ? s.slice(3) : s;
  if (body.length !== 8) return null;
  const code = `LAP-${body.slice(0, 4)}-${body.slice(4)}`;
  return CODE.test(code) ? code : null;
}
