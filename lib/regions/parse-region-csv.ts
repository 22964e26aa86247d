// Parses a Kemendagri region list (CSV with the header `kode,nama`) and validates it.
// Pure: no I/O. Errors carry a machine key (`reason`) and the offending value, so the UI
// and the CLI can word them in their own language.

export const REGION_NAME_MAX_LENGTH = 100;

/** Digits per dotted part, by level: 36 / 36.04 / 36.04.13 / 36.04.13.2007. */
const PART_WIDTHS = [2, 2, 2, 4] as const;

export type RegionLevel = 1 | 2 | 3 | 4;

export interface RegionRow {
  code: string;
  name: string;
  level: RegionLevel;
  /** The code without its last part; null for a province. */
  parentCode: string | null;
  /** Line in the file where the row starts (the header is line 1). */
  line: number;
}

export type RegionCsvErrorReason =
  | "empty_file"
  | "invalid_header"
  | "invalid_columns"
  | "unterminated_quote"
  | "invalid_code"
  | "empty_name"
  | "name_too_long"
  | "invalid_name"
  | "duplicate_code"
  | "missing_parent";

export interface RegionCsvError {
  line: number;
  reason: RegionCsvErrorReason;
  /**
   * The offending value: the code for invalid_code, duplicate_code and empty_name, the name
   * for name_too_long and invalid_name, the missing parent's code for missing_parent, the
   * number of columns found for invalid_columns, the header for invalid_header.
   */
  value: string;
}

export interface ParseRegionCsvResult {
  /** Every row that is valid on its own, in file order. Import nothing while errors is non-empty. */
  rows: RegionRow[];
  errors: RegionCsvError[];
}

export interface ParseRegionCsvOptions {
  /**
   * Codes known to exist already (in the database). A row's parent must be in the file or
   * in this set. Ignored when checkParents is false.
   */
  knownCodes?: ReadonlySet<string>;
  /**
   * false: do not report missing parents (the caller checks them later against the database
   * with externalParentCodes + missingParentErrors). Default true.
   */
  checkParents?: boolean;
}

/** The level of a well-formed code (1..4), or null if the code is malformed. */
export function regionLevel(code: string): RegionLevel | null {
  const parts = code.split(".");
  if (parts.length < 1 || parts.length > PART_WIDTHS.length) return null;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? "";
    if (part.length !== PART_WIDTHS[i] || !/^[0-9]+$/.test(part)) return null;
  }
  return parts.length as RegionLevel;
}

/** The parent's code (the code without its last part), or null for a province. */
export function parentCodeOf(code: string): string | null {
  const i = code.lastIndexOf(".");
  return i < 0 ? null : code.slice(0, i);
}

interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * RFC 4180 records: fields separated by commas, records by CRLF, LF or CR; a quoted field may
 * hold commas, line breaks and doubled quotes. Each record remembers the line it starts on.
 */
function readRecords(text: string): { records: CsvRecord[]; error?: RegionCsvError } {
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  if (n === 0) return { records };
  for (;;) {
    const startLine = line;
    const fields: string[] = [];
    let field = "";
    let endOfRecord = false;
    while (!endOfRecord) {
      if (i < n && text[i] === '"' && field === "") {
        // Quoted field.
        const quoteLine = line;
        i++;
        let closed = false;
        while (i < n) {
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === "\r" || c === "\n") {
            if (c === "\r" && text[i + 1] === "\n") {
              field += "\r\n";
              i += 2;
            } else {
              field += c;
              i++;
            }
            line++;
            continue;
          }
          field += c;
          i++;
        }
        if (!closed) {
          return { records, error: { line: quoteLine, reason: "unterminated_quote", value: field.slice(0, 40) } };
        }
        // Anything between the closing quote and the next separator is kept as written.
        while (i < n && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") field += text[i++];
      } else {
        while (i < n && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") field += text[i++];
      }
      fields.push(field);
      field = "";
      if (i >= n) {
        endOfRecord = true;
      } else if (text[i] === ",") {
        i++;
      } else {
        // Line break.
        i += text[i] === "\r" && text[i + 1] === "\n" ? 2 : 1;
        line++;
        endOfRecord = true;
      }
    }
    records.push({ line: startLine, fields });
    if (i >= n) break;
  }
  return { records };
}

function isBlank(record: CsvRecord): boolean {
  return record.fields.every((f) => f.trim() === "");
}

// Control characters (line breaks, tabs, NUL…) have no place in a region name.
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;

/** Parent codes the rows refer to that the file itself does not contain (look them up in the database). */
export function externalParentCodes(rows: readonly RegionRow[]): string[] {
  const inFile = new Set(rows.map((r) => r.code));
  const external = new Set<string>();
  for (const row of rows) {
    if (row.parentCode !== null && !inFile.has(row.parentCode)) external.add(row.parentCode);
  }
  return [...external].sort();
}

/** missing_parent errors for rows whose parent is neither in the file nor among knownCodes. */
export function missingParentErrors(rows: readonly RegionRow[], knownCodes: ReadonlySet<string> = new Set()): RegionCsvError[] {
  return parentErrors(rows, new Set(rows.map((r) => r.code)), knownCodes);
}

function parentErrors(rows: readonly RegionRow[], inFile: ReadonlySet<string>, knownCodes: ReadonlySet<string>): RegionCsvError[] {
  return rows
    .filter((r) => r.parentCode !== null && !inFile.has(r.parentCode) && !knownCodes.has(r.parentCode))
    .map((r) => ({ line: r.line, reason: "missing_parent" as const, value: r.parentCode! }));
}

export function parseRegionCsv(text: string, opts: ParseRegionCsvOptions = {}): ParseRegionCsvResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { records, error } = readRecords(source);
  const errors: RegionCsvError[] = [];
  const rows: RegionRow[] = [];

  const nonBlank = records.filter((r) => !isBlank(r));
  const header = nonBlank[0];
  if (!header) {
    if (error) return { rows, errors: [error] };
    return { rows, errors: [{ line: 1, reason: "empty_file", value: "" }] };
  }
  const headerNames = header.fields.map((f) => f.trim().toLowerCase());
  if (headerNames.length !== 2 || headerNames[0] !== "kode" || headerNames[1] !== "nama") {
    return { rows, errors: [{ line: header.line, reason: "invalid_header", value: header.fields.join(",") }] };
  }

  const seen = new Map<string, number>();
  for (const record of nonBlank.slice(1)) {
    const { line, fields } = record;
    if (fields.length !== 2) {
      errors.push({ line, reason: "invalid_columns", value: String(fields.length) });
      continue;
    }
    const code = fields[0]!.trim();
    const name = fields[1]!.trim();
    const level = regionLevel(code);
    let ok = true;
    if (level === null) {
      errors.push({ line, reason: "invalid_code", value: code });
      ok = false;
    }
    if (name === "") {
      errors.push({ line, reason: "empty_name", value: code });
      ok = false;
    } else if ([...name].length > REGION_NAME_MAX_LENGTH) {
      errors.push({ line, reason: "name_too_long", value: name });
      ok = false;
    } else if (CONTROL_CHARS.test(name)) {
      errors.push({ line, reason: "invalid_name", value: name });
      ok = false;
    }
    if (level !== null) {
      if (seen.has(code)) {
        errors.push({ line, reason: "duplicate_code", value: code });
        continue;
      }
      seen.set(code, line);
    }
    if (ok && level !== null) rows.push({ code, name, level, parentCode: parentCodeOf(code), line });
  }
  if (error) errors.push(error);

  // A parent whose own row has a bad name still counts as present: its error is reported
  // once, on its line, not again on every child's.
  if (opts.checkParents !== false) errors.push(...parentErrors(rows, new Set(seen.keys()), opts.knownCodes ?? new Set()));
  errors.sort((a, b) => a.line - b.line);
  return { rows, errors };
}
