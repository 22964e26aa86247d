// npm run regions:import -- path/to/regions.csv
// Loads a Kemendagri region list (CSV with the header `kode,nama`) into the dev database
// (DATABASE_URL, else the embedded PostgreSQL). All or nothing: a file with any error
// writes nothing and the errors are listed with their line numbers.

import { readFile } from "node:fs/promises";
import pg from "pg";
import { ensureDatabase } from "../lib/db/embedded";
import { importRegions } from "../lib/regions/import-regions";
import { REGION_NAME_MAX_LENGTH, type RegionCsvError } from "../lib/regions/parse-region-csv";

const MAX_ERRORS_SHOWN = 50;

function explain(error: RegionCsvError): string {
  const v = JSON.stringify(error.value);
  switch (error.reason) {
    case "empty_file":
      return "the file is empty";
    case "invalid_header":
      return `the first line must be the header "kode,nama", found ${v}`;
    case "invalid_columns":
      return `expected 2 columns (kode,nama), found ${error.value}`;
    case "unterminated_quote":
      return `a quoted value is never closed (starts with ${v})`;
    case "invalid_code":
      return `${v} is not a region code (dotted digits: 36, 36.04, 36.04.13 or 36.04.13.2007)`;
    case "empty_name":
      return `region ${v} has no name`;
    case "name_too_long":
      return `the name is longer than ${REGION_NAME_MAX_LENGTH} characters: ${v}`;
    case "invalid_name":
      return `the name contains control characters: ${v}`;
    case "duplicate_code":
      return `code ${v} appears more than once`;
    case "missing_parent":
      return `parent region ${v} is neither in the file nor in the database`;
  }
}

async function main(): Promise<number> {
  const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
  if (!file) {
    console.error("Usage: npm run regions:import -- path/to/regions.csv   (header: kode,nama)");
    return 2;
  }
  const text = await readFile(file, "utf8");
  const database = await ensureDatabase("dev");
  const pool = new pg.Pool({ connectionString: database.url, max: 1 });
  try {
    const result = await importRegions(pool, text);
    if (result.errors.length > 0) {
      console.error(`${file}: ${result.errors.length} error(s); nothing was imported.`);
      for (const error of result.errors.slice(0, MAX_ERRORS_SHOWN)) {
        console.error(`  line ${error.line}: ${explain(error)} [${error.reason}]`);
      }
      if (result.errors.length > MAX_ERRORS_SHOWN) console.error(`  … and ${result.errors.length - MAX_ERRORS_SHOWN} more`);
      return 1;
    }
    const total = result.inserted + result.updated + result.unchanged;
    console.log(`${file}: ${total} regions: ${result.inserted} inserted, ${result.updated} updated, ${result.unchanged} unchanged.`);
    return 0;
  } catch (error) {
    if ((error as { code?: string }).code === "42P01") {
      console.error('The "Region" table does not exist yet: run npm run db:migrate first.');
      return 1;
    }
    throw error;
  } finally {
    await pool.end();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
