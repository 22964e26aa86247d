// Migrations without Prisma's native schema engine (it cannot be downloaded here): the
// WebAssembly schema engine driven through the pg driver adapter. Applied migrations are
// recorded in `_prisma_migrations` with the same checksums as `prisma migrate deploy`.
// See docs/decisions/002-offline-migrations-with-wasm-engine.md. No "server-only": the
// migrate scripts, the start script and the test set-up use this file.

import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as engineModule from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationDirectory, MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

export const MIGRATION_LOCK_FILE = "migration_lock.toml";
export const MIGRATION_SQL_FILE = "migration.sql";
/** The copy of prisma/schema.prisma as of each migration; the next migration is diffed from it. */
export const MIGRATION_SCHEMA_FILE = "schema.prisma";

/**
 * Our own advisory lock around applying migrations, so that two app instances starting at
 * once apply each migration once. The engine itself takes Prisma's lock (72707369, as
 * `prisma migrate deploy` does) on one of its pooled connections, but gives up after 10 s;
 * this one waits as long as it takes. A different key, since holding 72707369 here would make
 * our own engine wait for us.
 */
const MIGRATE_LOCK_KEY = 1_280_265_812; // "LONT"

const NO_FILTERS = { externalTables: [] as string[], externalEnums: [] as string[] };

export function migrationsDir(projectRoot: string = process.cwd()): string {
  return path.join(projectRoot, "prisma", "migrations");
}

export function schemaPath(projectRoot: string = process.cwd()): string {
  return path.join(projectRoot, "prisma", "schema.prisma");
}

/** Migration folder names (those holding anything but the lock file), oldest first. */
export async function listMigrationDirs(dir: string = migrationsDir()): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith("."))
    .map((e) => e.name)
    .sort();
}

// ---------------------------------------------------------------------------------------
// Loading the WebAssembly engine (once per process), without experimental Node flags.

let enginePromise: Promise<typeof engineModule> | undefined;

function wasmFilePath(): string {
  const candidates: string[] = [];
  try {
    const require = createRequire(import.meta.url);
    candidates.push(path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm"));
  } catch {
    // bundled or unusual layout: fall back to the project's node_modules
  }
  candidates.push(path.join(process.cwd(), "node_modules", "@prisma", "schema-engine-wasm", "schema_engine_bg.wasm"));
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`schema_engine_bg.wasm not found (looked in ${candidates.join(", ")}). Is @prisma/schema-engine-wasm installed?`);
  return found;
}

function loadEngine(): Promise<typeof engineModule> {
  enginePromise ??= (async () => {
    const bytes = await readFile(wasmFilePath());
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": engineModule as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start: () => void };
    engineModule.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return engineModule;
  })();
  return enginePromise;
}

function engineLog(message: string): void {
  if (process.env.LONTAR_MIGRATE_LOG === "1") process.stderr.write(`[schema-engine] ${message}\n`);
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null) {
    const e = error as { message?: unknown; error?: unknown };
    if (typeof e.message === "string") return e.message;
    if (typeof e.error === "string") return e.error;
    try {
      return JSON.stringify(error);
    } catch {
      // fall through
    }
  }
  return String(error);
}

// ---------------------------------------------------------------------------------------
// Diff (no database).

/**
 * The engine wants a database adapter even to diff two schema files. On start it asks for
 * the server version; this adapter answers that one question (PostgreSQL 18, what the project
 * runs) and refuses anything else, so a diff never touches a database.
 */
function offlineAdapterFactory() {
  const refuse = async (): Promise<never> => {
    throw new Error("diffSchemas works without a database");
  };
  const adapter = {
    provider: "postgres" as const,
    adapterName: "@prisma/adapter-pg",
    async queryRaw(query: { sql: string }) {
      if (query.sql.includes("server_version_num")) {
        return {
          columnNames: ["exists", "version", "numeric_version"],
          columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
          rows: [[true, "PostgreSQL 18.4", 180004]],
        };
      }
      return refuse();
    },
    executeRaw: refuse,
    executeScript: refuse,
    startTransaction: refuse,
    dispose: async () => undefined,
    getConnectionInfo: () => ({ supportsRelationJoins: true }),
  };
  const factory = {
    provider: "postgres" as const,
    adapterName: "@prisma/adapter-pg",
    connect: async () => adapter,
    connectToShadowDb: async () => adapter,
  };
  return bindMigrationAwareSqlAdapterFactory(factory as unknown as Parameters<typeof bindMigrationAwareSqlAdapterFactory>[0]);
}

/**
 * SQL that takes a database from `fromSchemaText` (null: an empty database) to
 * `toSchemaText`, both Prisma schemas. hasChanges is false when they describe the same database.
 */
export async function diffSchemas(fromSchemaText: string | null, toSchemaText: string): Promise<{ sql: string; hasChanges: boolean }> {
  const { SchemaEngine } = await loadEngine();
  const engine = await SchemaEngine.new({ datamodels: [["schema.prisma", toSchemaText]] }, engineLog, offlineAdapterFactory());
  try {
    const result = await engine.diff({
      from: fromSchemaText === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: fromSchemaText }] },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: toSchemaText }] },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    });
    return { sql: result.stdout ?? "", hasChanges: result.exitCode === 2 };
  } catch (error) {
    throw new Error(`Schema diff failed: ${describe(error)}`);
  } finally {
    engine.free();
  }
}

// ---------------------------------------------------------------------------------------
// Apply.

export async function readMigrationsList(dir: string = migrationsDir()): Promise<MigrationList> {
  const lockPath = path.join(dir, MIGRATION_LOCK_FILE);
  const migrationDirectories: MigrationDirectory[] = [];
  for (const name of await listMigrationDirs(dir)) {
    const file = path.join(dir, name, MIGRATION_SQL_FILE);
    let content: MigrationDirectory["migrationFile"]["content"];
    try {
      content = { tag: "ok", value: await readFile(file, "utf8") };
    } catch (error) {
      content = { tag: "error", value: describe(error) };
    }
    migrationDirectories.push({ path: name, migrationFile: { path: MIGRATION_SQL_FILE, content } });
  }
  return {
    baseDir: dir,
    lockfile: { path: MIGRATION_LOCK_FILE, content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

type Disposable = { dispose(): Promise<void> };

/**
 * The pg adapter factory, with every adapter it hands out remembered so that its pool can be
 * closed afterwards, and with executeScript sending the whole script as one simple-protocol
 * query (as the native engine does: one implicit transaction). The adapter's own
 * executeScript splits on ";", which breaks function bodies such as our triggers'.
 */
function adapterFactory(url: string) {
  const base = new PrismaPg({ connectionString: url, max: 3 });
  const adapters: Disposable[] = [];
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    async connect() {
      const adapter = await base.connect();
      adapters.push(adapter);
      const driver = adapter.underlyingDriver() as pg.Pool;
      adapter.executeScript = async (script: string) => {
        try {
          await driver.query(script);
        } catch (error) {
          (adapter as unknown as { onError(error: unknown): never }).onError(error);
        }
      };
      return adapter;
    },
    async connectToShadowDb(): Promise<never> {
      throw new Error("Lontar's migration runner does not use a shadow database.");
    },
  };
  return {
    factory: bindMigrationAwareSqlAdapterFactory(factory),
    dispose: async () => {
      await Promise.all(adapters.map((a) => a.dispose().catch(() => undefined)));
    },
  };
}

/** Runs `fn` with an engine on `url`, inside our advisory lock; closes everything afterwards. */
async function withEngine<T>(url: string, what: string, fn: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadEngine();
  const lockClient = new pg.Client({ connectionString: url });
  lockClient.on("error", () => undefined);
  await lockClient.connect();
  try {
    await lockClient.query("SELECT pg_advisory_lock($1)", [MIGRATE_LOCK_KEY]);
    const { factory, dispose } = adapterFactory(url);
    let engine: SchemaEngine | undefined;
    try {
      engine = await SchemaEngine.new({ datamodels: undefined }, engineLog, factory);
      return await fn(engine);
    } catch (error) {
      throw new Error(`${what} failed: ${describe(error)}`);
    } finally {
      engine?.free();
      await dispose();
    }
  } finally {
    await lockClient.query("SELECT pg_advisory_unlock($1)", [MIGRATE_LOCK_KEY]).catch(() => undefined);
    await lockClient.end().catch(() => undefined);
  }
}

/**
 * Applies the pending prisma/migrations/<dir>/migration.sql files in order and returns the
 * names applied (empty when the database is up to date). Holds a PostgreSQL advisory lock
 * meanwhile, so a second caller waits and then finds nothing to do. Each migration runs as
 * one multi-statement query, so a failing one leaves no partial change behind; it is recorded
 * as failed, and later runs refuse to go on until it is marked rolled back
 * (markMigrationRolledBack) after fixing its SQL.
 */
export async function applyMigrations(url: string, opts: { dir?: string } = {}): Promise<string[]> {
  const migrationsList = await readMigrationsList(opts.dir ?? migrationsDir());
  return withEngine(url, "Applying migrations", async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return appliedMigrationNames;
  });
}

/**
 * Marks a failed migration as rolled back (`prisma migrate resolve --rolled-back`), so that
 * the next applyMigrations tries it again. Safe here because a failed migration changed nothing.
 */
export async function markMigrationRolledBack(url: string, migrationName: string): Promise<void> {
  await withEngine(url, `Marking ${migrationName} rolled back`, async (engine) => {
    await engine.markMigrationRolledBack({ migrationName });
  });
}
