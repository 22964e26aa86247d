import type { SubjectExport } from "./build-subject-export";

// The data-subject export as a JSON document. Calendar dates (birth date, contract dates,
// consent given/withdrawn) are "YYYY-MM-DD"; moments are ISO 8601 in WIB ("…+07:00"), the
// time the village works in. Pure.

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Columns stored as @db.Date: a day, not a moment. */
const CALENDAR_DATES = new Set(["birthDate", "contractStart", "contractEnd", "departureDate", "returnDate", "date", "givenOn", "withdrawnOn"]);

export function wibIso(moment: Date): string {
  return new Date(moment.getTime() + WIB_OFFSET_MS).toISOString().replace("Z", "+07:00");
}

function convert(value: unknown, key: string): unknown {
  if (value instanceof Date) return CALENDAR_DATES.has(key) ? value.toISOString().slice(0, 10) : wibIso(value);
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return value.map((v) => convert(v, key));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, k)]));
  }
  return value;
}

export const SUBJECT_EXPORT_FORMAT_VERSION = 1;

export function subjectExportJson(data: SubjectExport): string {
  const document = {
    formatVersion: SUBJECT_EXPORT_FORMAT_VERSION,
    legalBasis: "UU 27/2022 tentang Pelindungan Data Pribadi",
    ...data,
  };
  return JSON.stringify(convert(document, ""), null, 2);
}
