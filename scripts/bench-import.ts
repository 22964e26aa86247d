// `npm run bench:import`: imports 100,000 rows the way the app does (upload → validate →
// commit, the same functions as /registry/import) and prints how long each step took and the
// process's peak memory (RSS sampled every 20 ms). Acceptance: at most 60 s per 100,000-row
// import and less than 500 MB.
//
// It creates a fresh database `lontar_bench_import` on the server of BENCH_DATABASE_URL,
// TEST_DATABASE_URL or the embedded test cluster, applies the migrations, runs three
// imports (new people from XLSX, new people from CSV, the XLSX people again from CSV with
// changed names: 100,000 updates) and drops the database (keep it with --keep).
// Options: --rows N (default 100000), --keep.

import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { ensureDatabase } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate";

const args = process.argv.slice(2);
const ROWS = Number(args[args.indexOf("--rows") + 1] || 0) || 100_000;
const KEEP = args.includes("--keep");
const VILLAGE = "36.04.13.2007";
const DIR = path.join(tmpdir(), "lontar-bench-import");
const self = fileURLToPath(import.meta.url);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

// --generate <kind> <file> <kecamatan> <suffix>: runs in a child process, so that writing the
// test files does not count towards the importing process's memory.
if (args[0] === "--generate") {
  const { writeFixtureCsv, writeFixtureXlsx } = await import("../tests/fixtures/import/generate-import-file");
  const [, kind, file, kecamatan, suffix] = args;
  const opts = { rows: Number(args[5]), kecamatan, nameSuffix: suffix || undefined };
  if (kind === "xlsx") await writeFixtureXlsx(file!, opts);
  else await writeFixtureCsv(file!, { ...opts, delimiter: ";" });
  process.exit(0);
}

function generate(kind: "xlsx" | "csv", file: string, kecamatan: string, suffix = ""): void {
  const run = spawnSync(process.execPath, [...process.execArgv, self, "--generate", kind, file, kecamatan, suffix, String(ROWS)], { stdio: "inherit" });
  if (run.status !== 0) throw new Error(`generating ${file} failed`);
}

async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void>; stop: () => Promise<void> }> {
  const server = process.env.BENCH_DATABASE_URL ? { url: process.env.BENCH_DATABASE_URL, stop: async () => undefined } : await ensureDatabase("test", { quiet: true });
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS lontar_bench_import WITH (FORCE)");
  await admin.query("CREATE DATABASE lontar_bench_import");
  await admin.end();
  const url = new URL(server.url);
  url.pathname = "/lontar_bench_import";
  return {
    url: url.toString(),
    stop: server.stop,
    drop: async () => {
      const c = new pg.Client({ connectionString: server.url });
      await c.connect();
      await c.query("DROP DATABASE IF EXISTS lontar_bench_import WITH (FORCE)");
      await c.end();
    },
  };
}

type Row = { name: string; rows: number; upload: number; validate: number; commit: number; total: number; peak: number; result: string };

async function main() {
  await mkdir(DIR, { recursive: true });
  const files = {
    xlsx: path.join(DIR, `people-${ROWS}.xlsx`),
    csv: path.join(DIR, `people-${ROWS}.csv`),
    update: path.join(DIR, `people-${ROWS}-update.csv`),
  };
  console.log(`Generating ${ROWS.toLocaleString("en")}-row files in ${DIR} …`);
  if (!existsSync(files.xlsx)) generate("xlsx", files.xlsx, "360413");
  if (!existsSync(files.csv)) generate("csv", files.csv, "360414");
  if (!existsSync(files.update)) generate("csv", files.update, "360413", " Baru");
  for (const f of Object.values(files)) console.log(`  ${path.basename(f)}: ${mb((await stat(f)).size)}`);

  const database = await freshDatabase();
  await applyMigrations(database.url);
  process.env.DATABASE_URL = database.url;
  process.env.LONTAR_IMPORT_DIR = path.join(DIR, "jobs");
  const setup = new pg.Client({ connectionString: database.url });
  await setup.connect();
  await setup.query(`INSERT INTO "Village" (code) VALUES ($1) ON CONFLICT DO NOTHING`, [VILLAGE]);
  await setup.end();

  const { uploadImport } = await import("../lib/import/upload-import");
  const { confirmImport, getImport, setImportMapping } = await import("../lib/import/import-operations");
  const { waitForImportJobs } = await import("../lib/import/run-import-job");
  const { closeImportPool } = await import("../lib/import/pg-pool");
  const actor = { id: randomUUID(), email: "bench@lontar.id", name: "Bench", role: "ORGANIZER" as const, villageCode: VILLAGE, regionCode: null, sessionId: randomUUID(), mustChangePassword: false };

  const results: Row[] = [];
  const runs = [
    { name: "XLSX, 100% new people", file: files.xlsx },
    { name: "CSV (;), 100% new people", file: files.csv },
    { name: "CSV (;), 100% updates (re-import)", file: files.update },
  ];
  for (const run of runs) {
    globalThis.gc?.();
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const t0 = performance.now();
    const upload = await uploadImport(actor, { name: path.basename(run.file), bytes: new Uint8Array(await readFile(run.file)) });
    if (!upload.ok) throw new Error(`upload refused: ${upload.reason}`);
    const t1 = performance.now();
    const uploaded = await getImport(actor, upload.id);
    await setImportMapping(actor, upload.id, uploaded.mapping!);
    await waitForImportJobs(600_000);
    const previewed = await getImport(actor, upload.id);
    if (previewed.stage !== "preview") throw new Error(`validation ended in ${previewed.stage}: ${JSON.stringify(previewed.failure)}`);
    const t2 = performance.now();
    await confirmImport(actor, upload.id, { skipErrors: true });
    await waitForImportJobs(600_000);
    const done = await getImport(actor, upload.id);
    if (done.stage !== "done") throw new Error(`commit ended in ${done.stage}: ${JSON.stringify(done.failure)}`);
    const t3 = performance.now();
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const r = done.result!;
    results.push({
      name: run.name,
      rows: previewed.preview!.rows,
      upload: t1 - t0,
      validate: t2 - t1,
      commit: t3 - t2,
      total: t3 - t0,
      peak,
      result: `${r.created} new, ${r.updated} updated, ${r.households} KK, ${r.placements} placements`,
    });
    console.log(`  ${run.name}: ${secs(t3 - t0)}, peak RSS ${mb(peak)}`);
  }
  await closeImportPool();

  console.log("");
  console.log("| import | rows | upload + header | validate | commit | total | peak RSS | written |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---|");
  for (const r of results) {
    console.log(`| ${r.name} | ${r.rows.toLocaleString("en")} | ${secs(r.upload)} | ${secs(r.validate)} | ${secs(r.commit)} | ${secs(r.total)} | ${mb(r.peak)} | ${r.result} |`);
  }
  const ok = results.every((r) => r.total <= 60_000 && r.peak < 500 * 1024 * 1024);
  console.log(`\nTarget (≤ 60 s and < 500 MB per 100,000-row import): ${ok ? "met" : "NOT met"}`);

  if (!KEEP) await database.drop();
  else console.log(`Database kept: ${database.url}`);
  await database.stop();
  await rm(process.env.LONTAR_IMPORT_DIR, { recursive: true, force: true });
  return ok ? 0 : 1;
}

process.exit(await main());
