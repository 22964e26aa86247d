import type { ImportRecord } from "./validate-row";

// PostgreSQL COPY text format (the default of COPY FROM STDIN): one row per line, columns
// separated by a tab, \N for NULL, and backslash, tab, newline and carriage return escaped.

export function copyField(value: string | number | null): string {
  if (value === null) return "\\N";
  return String(value).replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
}

/** The columns of the import's staging table, in file order (see import-sql.ts). */
export const STAGING_COLUMNS = [
  "line", "nik", "name", "sex", "birth_place", "birth_date", "address", "dusun", "rt", "rw", "phone", "education",
  "marital_status", "kk_number", "relation", "country_code", "job_code", "recruiter_name", "departure_date",
] as const;

export function copyLine(line: number, r: ImportRecord): string {
  return `${[
    line, r.nik, r.name, r.sex, r.birthPlace, r.birthDate, r.address, r.dusun, r.rt, r.rw, r.phone, r.education,
    r.maritalStatus, r.kkNumber, r.relationToHead, r.countryCode, r.jobCode, r.recruiterName, r.departureDate,
  ].map(copyField).join("\t")}\n`;
}
