import "server-only";
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { copyLine } from "./copy-format";
import { IMPORT_FIELDS, type ColumnMapping } from "./fields";
import type { ImportPreview, ImportStatus } from "./import-status";
import { importPaths } from "./job-store";
import { importPool } from "./pg-pool";
import { ProgressWriter } from "./progress-writer";
import { isBlankRow, readRows, type SheetRow } from "./read-rows";
import { makeReferenceLookup, type ReferenceRow } from "./reference-lookup";
import { validateRow, type ImportRecord, type RowCells, type RowError } from "./validate-row";

// Step 2 of an import (after the mapping): reads the file row by row, validates each row
// like the people form does, looks the NIK and KK numbers up in the registry in batches,
// and writes two files in line order: the problems (errors.ndjson) and the valid rows in
// COPY format (rows.copy). Nothing is written to the registry here. Memory stays flat:
// only the NIKs seen so far are kept (to find a person listed twice).

export const MAX_ROWS = 200_000;
const BATCH = 2_000;

export type ErrorEntry = RowError & { line: number };

/** The file could not be read to the end (a damaged workbook, a broken quote in a CSV). */
export class UnreadableFileError extends Error {
  constructor(cause: unknown) {
    super(`import: the file cannot be read (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
    this.name = "UnreadableFileError";
  }
}

class NdjsonWriter {
  constructor(private readonly out: WriteStream) {}
  async write(text: string): Promise<void> {
    if (!this.out.write(text)) await once(this.out, "drain");
  }
  async close(): Promise<void> {
    this.out.end();
    await once(this.out, "finish");
  }
}

type Pending = { line: number; record: ImportRecord | null; errors: RowError[] };

/** Today in WIB as a date-only value: a birth date "in the future" is judged by the village's calendar. */
function wibToday(): Date {
  const wib = new Date(Date.now() + 7 * 60 * 60 * 1000);
  return new Date(Date.UTC(wib.getUTCFullYear(), wib.getUTCMonth(), wib.getUTCDate()));
}

async function loadReference() {
  const pool = importPool();
  const [countries, jobs] = await Promise.all([
    pool.query<ReferenceRow>(`SELECT code, "nameId", "nameEn" FROM "Country"`),
    pool.query<ReferenceRow>(`SELECT code, "nameId", "nameEn" FROM "Job"`),
  ]);
  return makeReferenceLookup(countries.rows, jobs.rows);
}

function cellsOf(cells: readonly unknown[], mapping: ColumnMapping): RowCells {
  const out: RowCells = {};
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field];
    if (column !== null) out[field] = (cells[column] ?? null) as RowCells[typeof field];
  }
  return out;
}

/**
 * Validates the whole file against the registry as it is now. `status` must be in stage
 * "validating" with a mapping. Returns the status in stage "preview" (or "failed" when the
 * file has no data rows or too many).
 */
export async function prepareImport(status: ImportStatus): Promise<ImportStatus> {
  if (!status.mapping) throw new Error("prepareImport: no mapping");
  const progress = new ProgressWriter(status);
  try {
    return await validateFile(status, status.mapping, progress);
  } catch (error) {
    await progress.stop();
    throw error;
  }
}

async function validateFile(status: ImportStatus, mapping: ColumnMapping, progress: ProgressWriter): Promise<ImportStatus> {
  const paths = importPaths(status.id, status.kind);
  const errorsOut = new NdjsonWriter(createWriteStream(paths.errors, { mode: 0o600 }));
  const rowsOut = new NdjsonWriter(createWriteStream(paths.rows, { mode: 0o600 }));
  const pool = importPool();
  const ctx = { reference: await loadReference(), today: wibToday() };

  const counts: ImportPreview = { rows: 0, valid: 0, new: 0, update: 0, placements: 0, errorRows: 0, errors: 0 };
  const firstLineOfNik = new Map<string, number>();
  let batch: Pending[] = [];

  // The registry lookups of a batch; then everything is written in line order.
  let lookupMs = 0;
  const flush = async () => {
    const started = performance.now();
    const records = batch.map((p) => p.record).filter((r): r is ImportRecord => r !== null);
    const niks = records.map((r) => r.nik);
    const kks = [...new Set(records.map((r) => r.kkNumber).filter((k): k is string => k !== null))];
    const [people, households] = await Promise.all([
      niks.length
        ? pool.query<{ nik: string; own: boolean }>(`SELECT nik, "villageCode" = $2 AS own FROM "Person" WHERE nik = ANY($1::text[])`, [niks, status.villageCode])
        : { rows: [] },
      kks.length
        ? pool.query<{ kkNumber: string; own: boolean; headNik: string | null }>(
            `SELECT h."kkNumber", h."villageCode" = $2 AS own,
                    (SELECT p.nik FROM "Person" p WHERE p."householdId" = h.id AND p."relationToHead" = 'HEAD' LIMIT 1) AS "headNik"
             FROM "Household" h WHERE h."kkNumber" = ANY($1::text[])`,
            [kks, status.villageCode],
          )
        : { rows: [] },
    ]);
    lookupMs += performance.now() - started;
    const existing = new Map(people.rows.map((r) => [r.nik, r.own]));
    const kkInfo = new Map(households.rows.map((r) => [r.kkNumber, r]));
    for (const p of batch) {
      const r = p.record;
      if (r) {
        // Another village's person or family: refused without saying anything about it.
        if (existing.get(r.nik) === false) p.errors.push({ field: "nik", reason: "nikOtherVillage", value: r.nik });
        const kk = r.kkNumber ? kkInfo.get(r.kkNumber) : undefined;
        if (kk && !kk.own) p.errors.push({ field: "kkNumber", reason: "kkOtherVillage", value: r.kkNumber! });
        else if (kk && r.relationToHead === "HEAD" && kk.headNik && kk.headNik !== r.nik) p.errors.push({ field: "relationToHead", reason: "headExists", value: "HEAD" });
      }
      if (p.errors.length > 0) {
        counts.errorRows++;
        counts.errors += p.errors.length;
        for (const e of p.errors) await errorsOut.write(`${JSON.stringify({ line: p.line, ...e })}\n`);
        continue;
      }
      counts.valid++;
      if (existing.get(r!.nik) === true) counts.update++;
      else counts.new++;
      if (r!.countryCode) counts.placements++;
      await rowsOut.write(copyLine(p.line, r!));
    }
    batch = [];
  };

  let tooMany = false;
  const headLineOfKk = new Map<string, number>();
  const rows = readRows(paths.source, status.kind, { onBytes: (done) => progress.progress({ done, total: status.size }) });
  try {
    for (;;) {
      let next: IteratorResult<SheetRow>;
      try {
        next = await rows.next();
      } catch (error) {
        throw new UnreadableFileError(error);
      }
      if (next.done) break;
      const row = next.value;
      if (row.line <= status.headerLine || isBlankRow(row.cells)) continue;
      if (++counts.rows > MAX_ROWS) {
        tooMany = true;
        break;
      }
      const result = validateRow(cellsOf(row.cells, mapping), ctx);
      const pending: Pending = { line: row.line, record: result.record, errors: result.errors };
      const record = result.record;
      if (record) {
        const first = firstLineOfNik.get(record.nik);
        if (first !== undefined) pending.errors.push({ field: "nik", reason: "duplicateInFile", value: record.nik, params: { line: first } });
        else firstLineOfNik.set(record.nik, row.line);
        // One head per Kartu Keluarga, as the household form requires (a repeated person is reported as such only).
        if (first === undefined && record.kkNumber && record.relationToHead === "HEAD") {
          const head = headLineOfKk.get(record.kkNumber);
          if (head !== undefined) pending.errors.push({ field: "relationToHead", reason: "headTwice", value: "HEAD", params: { line: head } });
          else headLineOfKk.set(record.kkNumber, row.line);
        }
      }
      batch.push(pending);
      if (batch.length >= BATCH) await flush();
    }
    if (!tooMany) await flush();
  } finally {
    await rows.return(undefined).catch(() => undefined);
    await errorsOut.close();
    await rowsOut.close();
  }

  if (process.env.LONTAR_IMPORT_TIMING === "1") console.log(`[import-timing] registry lookups ${lookupMs.toFixed(0)} ms of the validation`);
  if (tooMany || counts.rows === 0) {
    const failed: ImportStatus = { ...progress.current, stage: "failed", progress: null, failure: { reason: tooMany ? "tooManyRows" : "noRows", during: "validating" } };
    await progress.finish(failed);
    return failed;
  }
  const done: ImportStatus = { ...progress.current, stage: "preview", progress: null, preview: counts, failure: null };
  await progress.finish(done);
  return done;
}
