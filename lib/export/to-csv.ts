// CSV as spreadsheets read it (RFC 4180): comma-separated, CRLF line ends, a field quoted
// when it holds a comma, quote or line break, quotes doubled. Excel only guesses UTF-8 when
// the file starts with a byte-order mark, so `bom` is on by default.
//
// A cell that starts with = + - @ (or a tab/CR) is a formula to a spreadsheet; data typed by
// users (names, e-mails, report text) must not run as one (OWASP "CSV injection"), so such a
// cell gets a leading apostrophe, which spreadsheets show as text.

export type CsvValue = string | number | bigint | boolean | Date | null | undefined;

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue, opts: { escapeFormulas?: boolean } = {}): string {
  if (value === null || value === undefined) return "";
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (typeof value === "string") text = opts.escapeFormulas !== false && FORMULA_START.test(value) ? `'${value}` : value;
  else text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  opts: { bom?: boolean; escapeFormulas?: boolean } = {},
): string {
  const lines = [header, ...rows].map((row) => row.map((v) => csvField(v, opts)).join(","));
  return `${opts.bom === false ? "" : "\uFEFF"}${lines.join("\r\n")}\r\n`;
}
