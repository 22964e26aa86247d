import { randomInt } from "node:crypto";
import { CODE_ALPHABET } from "@/lib/reports/code";

// Village letter numbers follow the usual Indonesian administrative pattern
// <classification>/<running number>/<village code>/<month in Roman numerals>/<year>;
// 470 is the classification code for population affairs (kependudukan) in the Permendagri
// archive classification, used by villages for such letters.
export const LETTER_CLASSIFICATION = "470";
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/** 470/007/DS-LTR/XII/2026 (month 1–12). */
export function formatLetterNumber(seq: number, letterCode: string, month: number, year: number): string {
  return `${LETTER_CLASSIFICATION}/${String(seq).padStart(3, "0")}/${letterCode}/${ROMAN[month - 1]}/${year}`;
}

/** The public check code printed on the letter and in its QR code: 8 characters, e.g. 7Q4K-92XD. */
export function generateLetterCode(): string {
  const part = () => Array.from({ length: 4 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
  return `${part()}-${part()}`;
}

const LETTER_CODE = new RegExp(`^[${CODE_ALPHABET}]{4}-[${CODE_ALPHABET}]{4}$`);

/** A check code as typed (any case, with or without the dash or spaces), or null. */
export function normaliseLetterCode(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.toUpperCase().replace(/[\s-]/g, "");
  if (s.length !== 8) return null;
  const code = `${s.slice(0, 4)}-${s.slice(4)}`;
  return LETTER_CODE.test(code) ? code : null;
}

/** "Siti Nur Aminah" → "S. N. A." — all the public page shows of the worker. */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `${w[0]!.toUpperCase()}.`)
    .join(" ");
}
