// Where the scale data lives: BENCH_DATABASE_URL if set, otherwise a database of its own
// (lontar_bench) on the embedded development cluster (127.0.0.1:5433), so a million synthetic
// people never mix with the demo data of `npm run dev`.

import pg from "pg";
import { ensureEmbeddedPostgres } from "../../lib/db/embedded";

export const BENCH_DATABASE = "lontar_bench";

export type BenchDatabase = {
  url: string;
  /** True when BENCH_DATABASE_URL names it (the script never drops such a database). */
  external: boolean;
  /** Stops the embedded cluster if this process started it. */
  stop: () => Promise<void>;
};

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** The bench database, created when missing; `fresh` drops and recreates the embedded one. */
export async function openBenchDatabase(opts: { fresh?: boolean; quiet?: boolean } = {}): Promise<BenchDatabase> {
  const configured = process.env.BENCH_DATABASE_URL;
  if (configured) {
    await createIfMissing(configured);
    return { url: configured, external: true, stop: async () => undefined };
  }
  const cluster = await ensureEmbeddedPostgres("dev", { quiet: opts.quiet });
  const url = withDatabase(cluster.url, BENCH_DATABASE);
  if (opts.fresh) {
    const admin = new pg.Client({ connectionString: withDatabase(cluster.url, "postgres") });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${BENCH_DATABASE}`);
    } finally {
      await admin.end();
    }
  } else {
    await createIfMissing(url);
  }
  return { url, external: false, stop: cluster.stop };
}

async function createIfMissing(url: string): Promise<void> {
  const probe = new pg.Client({ connectionString: url });
  try {
    await probe.connect();
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== "3D000") throw error;
  } finally {
    await probe.end().catch(() => undefined);
  }
  const database = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
  } finally {
    await admin.end();
  }
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}
