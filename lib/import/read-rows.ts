import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { PassThrough, type Readable } from "node:stream";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";
import { detectDelimiter } from "./detect-delimiter";
import type { CellValue } from "./parse-date";
import type { FileKind } from "./sniff-file";

// Streams the rows of an uploaded CSV or XLSX file, one at a time, so a 100,000-row file
// never sits in memory. `line` is the row number a spreadsheet program shows for the row
// (the header is normally row 1). Only the first worksheet of a workbook is read.

export type SheetRow = { line: number; cells: CellValue[] };

type Options = { onBytes?: (bytesRead: number) => void };

function counted(path: string, onBytes?: (n: number) => void): Readable {
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  if (!onBytes) return file;
  let total = 0;
  const through = new PassThrough({ highWaterMark: 256 * 1024 });
  file.on("data", (chunk) => {
    total += chunk.length;
    onBytes(total);
  });
  file.on("error", (e) => through.destroy(e));
  return file.pipe(through);
}

async function readHead(path: string, bytes: number): Promise<string> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    // A multi-byte character cut at the end decodes as U+FFFD, which does not matter here.
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}

async function* csvRows(path: string, opts: Options): AsyncGenerator<SheetRow> {
  const delimiter = detectDelimiter(await readHead(path, 64 * 1024));
  const parser = counted(path, opts.onBytes).pipe(
    parse({ delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true }),
  );
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { records: number; empty_lines: number } }>) {
      // A spreadsheet shows every record on its own row, blank lines included.
      yield { line: item.info.records + item.info.empty_lines, cells: item.record };
    }
  } finally {
    parser.destroy();
  }
}

type ExcelCell = ExcelJS.CellValue | { sharedString: number } | undefined;

/** exceljs cell values (rich text, formulas, hyperlinks, errors) → plain values. */
export function plainCell(value: ExcelCell): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if (typeof value !== "object") return null;
  if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join("");
  if ("result" in value) return plainCell(value.result as ExcelCell);
  if ("formula" in value || "sharedFormula" in value) return null;
  if ("text" in value && typeof value.text === "string") return value.text;
  if ("error" in value) return null;
  return null;
}

async function* xlsxRows(path: string, opts: Options): AsyncGenerator<SheetRow> {
  const input = counted(path, opts.onBytes);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache", // needed to tell a date cell from a number cell
    hyperlinks: "ignore",
    entries: "ignore",
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = row.values as ExcelCell[];
        // exceljs rows are 1-based (values[0] is always empty) and sparse.
        const cells: CellValue[] = [];
        for (let i = 1; i < values.length; i++) cells.push(plainCell(values[i]));
        yield { line: row.number, cells };
      }
      break; // the first worksheet only
    }
  } finally {
    input.destroy();
  }
}

export function readRows(path: string, kind: FileKind, opts: Options = {}): AsyncGenerator<SheetRow> {
  return kind === "csv" ? csvRows(path, opts) : xlsxRows(path, opts);
}

export function isBlankRow(cells: readonly CellValue[]): boolean {
  return cells.every((c) => c === null || (typeof c === "string" && c.trim() === ""));
}

/** The header row: the first row with at least two filled cells (a title row above it is skipped). */
export function isHeaderRow(cells: readonly CellValue[]): boolean {
  return cells.filter((c) => c !== null && String(c).trim() !== "").length >= 2;
}

export type FileHead = { headerLine: number; headers: string[]; sample: string[][] };

/** The header row and the first few data rows, for the mapping form. */
export async function readFileHead(path: string, kind: FileKind, sampleRows = 3): Promise<FileHead | null> {
  let head: FileHead | null = null;
  for await (const row of readRows(path, kind)) {
    if (isBlankRow(row.cells)) continue;
    const text = row.cells.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : c === null ? "" : String(c).trim()));
    if (!head) {
      if (!isHeaderRow(row.cells)) continue;
      head = { headerLine: row.line, headers: text, sample: [] };
      continue;
    }
    head.sample.push(text);
    if (head.sample.length >= sampleRows) break;
  }
  return head;
}
