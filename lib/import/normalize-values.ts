import type { Education, FamilyRelation, MaritalStatus, Sex } from "@/lib/db/generated/enums";
import { headerKey } from "./fields";
import type { CellValue } from "./parse-date";

// The words organizers write in a cell, mapped to Lontar's values. Keys are compared after
// headerKey() (lower case, letters and digits only), so "Laki-laki", "LAKI LAKI" and
// "laki2" need one entry each at most. The Dukcapil KK wording ("SLTA/SEDERAJAT",
// "CERAI HIDUP", "FAMILI LAIN") is included because many lists are copied from KK data.

const SEX: Record<string, Sex> = {
  l: "MALE", lk: "MALE", laki: "MALE", lakilaki: "MALE", laki2: "MALE", pria: "MALE", m: "MALE", male: "MALE", man: "MALE",
  p: "FEMALE", pr: "FEMALE", perempuan: "FEMALE", wanita: "FEMALE", w: "FEMALE", f: "FEMALE", female: "FEMALE", woman: "FEMALE",
};

const EDUCATION: Record<string, Education> = {
  tidaksekolah: "NONE", belumsekolah: "NONE", tidakbelumsekolah: "NONE", tidaktamatsd: "NONE", belumtamatsd: "NONE",
  belumtamatsdsederajat: "NONE", tidaktamatsdsederajat: "NONE", none: "NONE", noschooling: "NONE",
  sd: "SD", mi: "SD", sdsederajat: "SD", tamatsd: "SD", tamatsdsederajat: "SD", sdmi: "SD", primary: "SD", primaryschool: "SD",
  smp: "SMP", sltp: "SMP", mts: "SMP", smpsederajat: "SMP", sltpsederajat: "SMP", smpmts: "SMP", juniorhigh: "SMP", juniorhighschool: "SMP",
  sma: "SMA", slta: "SMA", smk: "SMA", ma: "SMA", smasederajat: "SMA", sltasederajat: "SMA", smasmk: "SMA", smasmkma: "SMA", seniorhigh: "SMA", seniorhighschool: "SMA", highschool: "SMA",
  d1: "DIPLOMA", d2: "DIPLOMA", d3: "DIPLOMA", d1d3: "DIPLOMA", diplomad1d3: "DIPLOMA", diploma: "DIPLOMA", diplomai: "DIPLOMA", diplomaii: "DIPLOMA", diplomaiii: "DIPLOMA",
  akademidiplomaiiismuda: "DIPLOMA", akademidiplomaiii: "DIPLOMA", akademi: "DIPLOMA",
  d4: "S1", s1: "S1", s1d4: "S1", bachelors1d4: "S1", sarjana: "S1", diplomaiv: "S1", diplomaivstratai: "S1", stratai: "S1", bachelor: "S1",
  s2: "S2_PLUS", s3: "S2_PLUS", s2s3: "S2_PLUS", masterdoctorates2s3: "S2_PLUS", strataii: "S2_PLUS", strataiii: "S2_PLUS", magister: "S2_PLUS", doktor: "S2_PLUS", master: "S2_PLUS", doctorate: "S2_PLUS",
};

const MARITAL: Record<string, MaritalStatus> = {
  belumkawin: "SINGLE", belummenikah: "SINGLE", lajang: "SINGLE", single: "SINGLE", bk: "SINGLE",
  kawin: "MARRIED", menikah: "MARRIED", kawintercatat: "MARRIED", kawinbelumtercatat: "MARRIED", married: "MARRIED", k: "MARRIED",
  ceraihidup: "DIVORCED", cerai: "DIVORCED", divorced: "DIVORCED", ch: "DIVORCED",
  ceraimati: "WIDOWED", widowed: "WIDOWED", cm: "WIDOWED",
};

const RELATION: Record<string, FamilyRelation> = {
  kepalakeluarga: "HEAD", kk: "HEAD", kepala: "HEAD", head: "HEAD", headofhousehold: "HEAD",
  istri: "SPOUSE", isteri: "SPOUSE", suami: "SPOUSE", suamiistri: "SPOUSE", spouse: "SPOUSE", wife: "SPOUSE", husband: "SPOUSE",
  anak: "CHILD", anakkandung: "CHILD", anakangkat: "CHILD", anaktiri: "CHILD", child: "CHILD", son: "CHILD", daughter: "CHILD",
  orangtua: "PARENT", ayah: "PARENT", ibu: "PARENT", bapak: "PARENT", parent: "PARENT", father: "PARENT", mother: "PARENT",
  saudara: "SIBLING", kakak: "SIBLING", adik: "SIBLING", saudarakandung: "SIBLING", sibling: "SIBLING", brother: "SIBLING", sister: "SIBLING",
  cucu: "GRANDCHILD", grandchild: "GRANDCHILD",
  menantu: "IN_LAW", mertua: "IN_LAW", menantumertua: "IN_LAW", ipar: "IN_LAW", inlaw: "IN_LAW",
  famililain: "OTHER", lainnya: "OTHER", lain: "OTHER", other: "OTHER", pembantu: "OTHER",
};

const lookup = <T>(table: Record<string, T>) => (text: string): T | null => table[headerKey(text)] ?? null;

export const parseSex = lookup(SEX);
export const parseEducation = lookup(EDUCATION);
export const parseMaritalStatus = lookup(MARITAL);
export const parseRelation = lookup(RELATION);

/** A cell as text: numbers without exponent or grouping, dates as yyyy-mm-dd, trimmed. */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value === "number") return Number.isInteger(value) && Math.abs(value) < 1e21 ? BigInt(value).toString() : String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value.trim();
}

export type IdentifierProblem = "scientific" | "rounded";

/**
 * NIK and KK numbers are 16 digits, more than Excel keeps in a number (15 significant
 * digits): typed into a number cell, the last digit becomes 0 and the cell shows 3.60413E+15.
 * A numeric cell ending in 0 may have lost its last digit, so it is refused with that
 * explanation instead of storing a wrong number; text that went through the E-notation
 * (a CSV saved from such a sheet) is refused too.
 */
export function identifierFromCell(value: CellValue): { text: string; problem: IdentifierProblem | null } {
  if (typeof value === "number") {
    const text = cellText(value);
    return { text, problem: text.length >= 16 && text.endsWith("0") ? "rounded" : null };
  }
  const raw = cellText(value);
  if (/^\d+([.,]\d+)?e\+?\d+$/i.test(raw)) return { text: raw, problem: "scientific" };
  // Spaces and dashes people type for readability; a leading apostrophe is how they force text.
  const text = raw.replace(/^'/, "").replace(/[\s-]/g, "");
  return { text, problem: null };
}

/** Phone numbers: spaces, dashes, dots and brackets dropped; +62 kept. Null when not a phone number. */
export function normalisePhone(raw: string): string | null {
  const compact = raw.replace(/[\s\-.()]/g, "");
  if (!/^\+?\d{8,15}$/.test(compact)) return null;
  return compact;
}

/** RT and RW: 1 to 3 digits, stored with three ("001") as on the KTP. */
export function normaliseRtRw(raw: string): string | null {
  const digits = raw.replace(/^(rt|rw)\s*/i, "").trim();
  if (!/^\d{1,3}$/.test(digits)) return null;
  return digits.padStart(3, "0");
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const MARKUP = /[<>]/;

export type TextProblem = "tooLong" | "noMarkup" | "controlChars";

/** Free text as the forms accept it: no angle brackets, no control characters, at most `max`. */
export function checkText(text: string, max: number): TextProblem | null {
  if (text.length > max) return "tooLong";
  if (MARKUP.test(text)) return "noMarkup";
  if (CONTROL.test(text)) return "controlChars";
  return null;
}
