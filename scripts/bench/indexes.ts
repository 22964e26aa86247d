// Bulk loading is fastest into bare tables: the primary keys, indexes and foreign keys of the
// loaded tables are read from the catalog (so whatever later migrations add is included),
// dropped, and rebuilt after the COPY: one sort per index instead of a million inserts, and
// one join per foreign key instead of a lookup per row. The definitions are written to a file
// before anything is dropped; a run that dies half-way puts them back on the next start.

import { existsSync } from "node:fs";
import { mkdir, readFile, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export type Definition = { table: string; name: string; kind: "key" | "index" | "foreign"; sql: string };

const quote = (t: string) => `"${t}"`;

export async function readDefinitions(client: pg.Client, tables: readonly string[]): Promise<Definition[]> {
  const regclasses = tables.map(quote);
  const keys = await client.query<{ table: string; name: string; def: string; contype: string }>(
    `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS def, contype
       FROM pg_constraint
      WHERE (contype IN ('p', 'u') AND conrelid = ANY($1::text[]::regclass[]))
         OR (contype = 'f' AND (conrelid = ANY($1::text[]::regclass[]) OR confrelid = ANY($1::text[]::regclass[])))
      ORDER BY conname`,
    [regclasses],
  );
  const indexes = await client.query<{ table: string; name: string; def: string }>(
    `SELECT i.indrelid::regclass::text AS table, c.relname AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE i.indrelid = ANY($1::text[]::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))
      ORDER BY c.relname`,
    [regclasses],
  );
  return [
    ...keys.rows.map((r) => ({
      table: r.table,
      name: r.name,
      kind: r.contype === "f" ? ("foreign" as const) : ("key" as const),
      sql: `ALTER TABLE ${r.table} ADD CONSTRAINT ${quote(r.name)} ${r.def}`,
    })),
    ...indexes.rows.map((r) => ({ table: r.table, name: r.name, kind: "index" as const, sql: r.def })),
  ];
}

function dropSql(d: Definition): string {
  return d.kind === "index" ? `DROP INDEX IF EXISTS ${quote(d.name)}` : `ALTER TABLE ${d.table} DROP CONSTRAINT IF EXISTS ${quote(d.name)}`;
}

export class IndexStash {
  constructor(private readonly file: string) {}

  static forDatabase(url: string): IndexStash {
    const u = new URL(url);
    const name = `${u.hostname}-${u.port || 5432}-${u.pathname.slice(1)}`.replace(/[^a-zA-Z0-9_-]/g, "_");
    return new IndexStash(path.join(process.cwd(), ".data", `bench-indexes-${name}.json`));
  }

  /** Puts back what an interrupted run dropped. Returns how many definitions were restored. */
  async restoreLeftovers(url: string, log: (m: string) => void): Promise<number> {
    if (!existsSync(this.file)) return 0;
    const definitions = JSON.parse(await readFile(this.file, "utf8")) as Definition[];
    log(`an earlier run stopped half-way: restoring ${definitions.length} keys and indexes`);
    await rebuild(url, definitions, () => undefined, { ifMissing: true });
    await unlink(this.file);
    return definitions.length;
  }

  async dropAll(client: pg.Client, definitions: readonly Definition[]): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    await writeFile(this.file, JSON.stringify(definitions, null, 1));
    // Foreign keys first (they depend on the keys), then keys and indexes.
    const order = [...definitions.filter((d) => d.kind === "foreign"), ...definitions.filter((d) => d.kind !== "foreign")];
    await client.query("BEGIN");
    for (const d of order) await client.query(dropSql(d));
    await client.query("COMMIT");
  }

  async done(): Promise<void> {
    await unlink(this.file).catch(() => undefined);
  }
}

/**
 * Rebuilds keys and indexes on `parallel` connections (largest tables first), then the
 * foreign keys, which need the keys. Reports each build's time.
 */
export async function rebuild(
  url: string,
  definitions: readonly Definition[],
  report: (d: Definition, ms: number) => void,
  opts: { parallel?: number; ifMissing?: boolean; tableOrder?: readonly string[] } = {},
): Promise<void> {
  const clients = await Promise.all(
    Array.from({ length: opts.parallel ?? 2 }, async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query("SET maintenance_work_mem = '1GB'");
      await c.query("SET synchronous_commit = off");
      return c;
    }),
  );
  const rank = (d: Definition) => {
    const i = opts.tableOrder?.indexOf(d.table.replaceAll('"', "")) ?? -1;
    // GIN (trigram) builds are the slowest: start them first so the other connection fills in.
    return (i === -1 ? 99 : i) * 10 - (/USING gin/i.test(d.sql) ? 5 : 0);
  };
  const run = async (client: pg.Client, d: Definition) => {
    const started = performance.now();
    try {
      await client.query(d.sql);
    } catch (error) {
      const code = (error as { code?: string }).code;
      // 42P07 relation exists, 42710 object exists, 42P16 multiple primary keys.
      if (!(opts.ifMissing && (code === "42P07" || code === "42710" || code === "42P16"))) throw error;
    }
    report(d, performance.now() - started);
  };
  try {
    const queue = definitions.filter((d) => d.kind !== "foreign").sort((a, b) => rank(a) - rank(b));
    await Promise.all(
      clients.map(async (client) => {
        for (let d = queue.shift(); d; d = queue.shift()) await run(client, d);
      }),
    );
    for (const d of definitions.filter((x) => x.kind === "foreign")) await run(clients[0]!, d);
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}
