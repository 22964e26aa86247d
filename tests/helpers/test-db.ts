// Test database for integration tests: TEST_DATABASE_URL if set (it must be local), else the
// embedded test cluster (.data/postgres-test, port 5434), started on first use and migrated
// once per process.
//
// Usable as a Vitest globalSetup file too (it exports setup/teardown): then the cluster is
// started once in Vitest's main process and outlives the test workers, which reuse it.

import pg from "pg";
import { ensureDatabase, type EmbeddedDatabase } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrate";

/** Tables resetDatabase() keeps: reference data from migrations, and the migration history. */
const KEPT_TABLES = ["Region", "_prisma_migrations"];

let ready: Promise<EmbeddedDatabase> | undefined;

function prepare(): Promise<EmbeddedDatabase> {
  ready ??= (async () => {
    const database = await ensureDatabase("test", { quiet: true });
    await applyMigrations(database.url);
    return database;
  })().catch((error: unknown) => {
    ready = undefined; // let a later call try again
    throw error;
  });
  return ready;
}

/** The test database's URL, with the server up and every migration applied. */
export async function getTestDatabaseUrl(): Promise<string> {
  return (await prepare()).url;
}

/**
 * Empties every app table except "Region" and "_prisma_migrations" (RESTART IDENTITY CASCADE).
 * The AuditLog trigger refuses UPDATE and DELETE only, so TRUNCATE works on it.
 */
export async function resetDatabase(): Promise<void> {
  const client = new pg.Client({ connectionString: await getTestDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND NOT (tablename = ANY($1::text[])) ORDER BY tablename",
      [KEPT_TABLES],
    );
    if (rows.length === 0) return;
    const list = rows.map((r) => client.escapeIdentifier(r.tablename)).join(", ");
    await client.query(`TRUNCATE TABLE ${list} RESTART IDENTITY CASCADE`);
  } finally {
    await client.end();
  }
}

// Vitest globalSetup hooks.
export async function setup(): Promise<void> {
  await prepare();
}

export async function teardown(): Promise<void> {
  const database = await ready?.catch(() => undefined);
  ready = undefined;
  await database?.stop();
}
