// Dates as organizers' spreadsheets hold them: Excel date cells (a JS Date from exceljs, or
// the bare serial number), and text in the Indonesian order (day first) or ISO order.
// Years must have four digits: "05/06/90" could be 1990 or 2090 and is refused rather than guessed.
// The result is a date-only value at UTC midnight, as @db.Date columns are stored.

export type CellValue = string | number | boolean | Date | null;

const MONTH_NAMES: Record<string, number> = {
  jan: 1, januari: 1, january: 1,
  feb: 2, februari: 2, pebruari: 2, february: 2, peb: 2,
  mar: 3, maret: 3, march: 3,
  apr: 4, april: 4,
  mei: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  agu: 8, agt: 8, ags: 8, agustus: 8, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oct: 10, oktober: 10, october: 10,
  nov: 11, nop: 11, november: 11, nopember: 11,
  des: 12, dec: 12, desember: 12, december: 12,
};

/** A calendar date, or null when the parts do not name one (31/02, month 13). */
export function calendarDate(year: number, month: number, day: number): Date | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

// Excel's 1900 date system counts 1900-01-01 as day 1 and wrongly includes 29 February 1900
// (day 60), so from day 61 on the serial is days since 1899-12-30. Times are the fraction.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const MAX_SERIAL = 2_958_465; // 9999-12-31

export function fromExcelSerial(serial: number): Date | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL + 1) return null;
  const days = Math.floor(serial + 1e-9);
  if (days === 60) return null; // 29 February 1900 never happened
  const offset = days < 60 ? days + 1 : days;
  return new Date(EXCEL_EPOCH_MS + offset * DAY_MS);
}

/** A Date from a spreadsheet cell, rounded to its calendar day (exceljs gives UTC). */
function fromDateCell(value: Date): Date | null {
  if (Number.isNaN(value.getTime())) return null;
  // Cells that hold a date and a time, or floating-point noise (23:59:59.999), round to the nearest minute first.
  const rounded = new Date(Math.round(value.getTime() / 60_000) * 60_000);
  return calendarDate(rounded.getUTCFullYear(), rounded.getUTCMonth() + 1, rounded.getUTCDate());
}

/**
 * dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd, yyyy/mm/dd, "5 Juni 1990", "05-Jun-1990",
 * optionally followed by a time ("1990-06-05 00:00:00", "1990-06-05T00:00:00Z").
 */
export function parseDateText(raw: string): Date | null {
  const text = raw.trim().replace(/[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i, "").trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (m) return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) return calendarDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})[\s\-/.]+([a-z]+)\.?[\s\-/.]+(\d{4})$/i.exec(text);
  if (m) {
    const month = MONTH_NAMES[m[2]!.toLowerCase()];
    return month ? calendarDate(Number(m[3]), month, Number(m[1])) : null;
  }
  return null;
}

/** Any cell to a date: a Date cell, an Excel serial number, or text. */
export function parseDateCell(value: CellValue): Date | null {
  if (value === null || typeof value === "boolean") return null;
  if (value instanceof Date) return fromDateCell(value);
  if (typeof value === "number") return fromExcelSerial(value);
  return parseDateText(value);
}

/** yyyy-mm-dd of a date-only value. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
