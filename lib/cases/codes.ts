import { randomInt } from "node:crypto";
import { CODE_ALPHABET } from "@/lib/reports/code";

// A case has two identifiers: its number, which staff say to each other (KSS-2026-000123,
// running within the year), and a random tracking code with a PIN for the family, so that
// nobody can walk through the numbers to read other families' cases.

export function formatCaseNumber(year: number, seq: number): string {
  return `KSS-${year}-${String(seq).padStart(6, "0")}`;
}

export function generateTrackingCode(): string {
  const part = () => Array.from({ length: 4 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
  return `PK-${part()}-${part()}`;
}

const TRACKING = new RegExp(`^PK-[${CODE_ALPHABET}]{4}-[${CODE_ALPHABET}]{4}$`);

/** A tracking code as typed: any case, with or without spaces, dashes or the PK prefix. */
export function normaliseTrackingCode(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.toUpperCase().replace(/[\s-]/g, "");
  // P and K are in the alphabet, so the prefix is only taken off a code that is long enough to carry it.
  const body = s.length === 10 && s.startsWith("PK") ? s.slice(2) : s;
  if (body.length !== 8) return null;
  const code = `PK-${body.slice(0, 4)}-${body.slice(4)}`;
  return TRACKING.test(code) ? code : null;
}

/** Six digits, given to the reporter once; only its hash is stored. */
export function generatePin(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}
