// Imports a Kemendagri region list (CSV `kode,nama`) into "Region": all or nothing, in one
// transaction. Rows are inserted or their name updated; regions missing from the file are
// left alone. Takes a node-postgres Pool or Client so that it runs from a plain script
// (scripts/import-regions.ts) as well as from the app.

import type pg from "pg";
import {
  externalParentCodes,
  parseRegionCsv,
  type RegionCsvError,
  type RegionRow,
} from "./parse-region-csv";

export type RegionImportDb = pg.Pool | pg.Client | pg.PoolClient;

export interface RegionImportResult {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Non-empty means nothing was written. */
  errors: RegionCsvError[];
}

/** Serialises concurrent imports (transaction-scoped advisory lock). */
const IMPORT_LOCK_KEY = 1_280_265_813;

const DEFAULT_BATCH_SIZE = 1000;

function isPool(db: RegionImportDb): db is pg.Pool {
  return typeof (db as pg.Pool).totalCount === "number" && typeof (db as pg.Pool).connect === "function";
}

export async function importRegions(
  db: RegionImportDb,
  csvText: string,
  opts: { batchSize?: number } = {},
): Promise<RegionImportResult> {
  const batchSize = Math.max(1, opts.batchSize ?? DEFAULT_BATCH_SIZE);
  const parsed = parseRegionCsv(csvText, { checkParents: false });

  const client: pg.Client | pg.PoolClient = isPool(db) ? await db.connect() : db;
  const release = () => {
    if (isPool(db)) (client as pg.PoolClient).release();
  };
  try {
    await client.query("BEGIN");
    try {
      await client.query("SELECT pg_advisory_xact_lock($1)", [IMPORT_LOCK_KEY]);

      // Parents the file does not contain must already be in the database.
      const lookUp = externalParentCodes(parsed.rows);
      const known = new Set<string>();
      if (lookUp.length > 0) {
        const { rows } = await client.query<{ code: string }>('SELECT code FROM "Region" WHERE code = ANY($1::text[])', [lookUp]);
        for (const row of rows) known.add(row.code);
      }
      const errors = parseRegionCsv(csvText, { knownCodes: known }).errors;
      if (errors.length > 0) {
        await client.query("ROLLBACK");
        return { inserted: 0, updated: 0, unchanged: 0, errors };
      }

      // Parents before children: the foreign key on parentCode is checked per statement.
      const ordered: RegionRow[] = [...parsed.rows].sort((a, b) => a.level - b.level || a.line - b.line);
      let inserted = 0;
      let updated = 0;
      for (let start = 0; start < ordered.length; start += batchSize) {
        const batch = ordered.slice(start, start + batchSize);
        const { rows } = await client.query<{ inserted: boolean }>(
          `INSERT INTO "Region" ("code", "name", "level", "parentCode", "updatedAt")
           SELECT t.code, t.name, t.level, t.parent_code, now()
             FROM unnest($1::text[], $2::text[], $3::int[], $4::text[]) AS t(code, name, level, parent_code)
           ON CONFLICT ("code") DO UPDATE
              SET "name" = EXCLUDED."name", "level" = EXCLUDED."level",
                  "parentCode" = EXCLUDED."parentCode", "updatedAt" = now()
            WHERE "Region"."name" IS DISTINCT FROM EXCLUDED."name"
               OR "Region"."level" IS DISTINCT FROM EXCLUDED."level"
               OR "Region"."parentCode" IS DISTINCT FROM EXCLUDED."parentCode"
           RETURNING (xmax = 0) AS inserted`,
          [batch.map((r) => r.code), batch.map((r) => r.name), batch.map((r) => r.level), batch.map((r) => r.parentCode)],
        );
        // Rows skipped by the WHERE (unchanged) are not returned; xmax = 0 marks a fresh insert.
        for (const row of rows) {
          if (row.inserted) inserted++;
          else updated++;
        }
      }
      await client.query("COMMIT");
      return { inserted, updated, unchanged: ordered.length - inserted - updated, errors: [] };
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    }
  } finally {
    release();
  }
}
