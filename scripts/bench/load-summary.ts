// What `npm run db:seed:scale` prints at the end: row counts and sizes per table, and the
// shares the synthetic data ended up with (destinations, jobs, statuses, women among workers),
// to compare with the national figures it imitates.

import pg from "pg";

export const LOADED_TABLES = ["Household", "Person", "Placement", "PlacementRequirement", "CheckIn"] as const;

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** A plain-text table: the first column (and the last, if `lastLeft`) left-aligned, numbers right-aligned. */
export function printTable(headers: readonly string[], rows: readonly (readonly (string | number)[])[], opts: { lastLeft?: boolean } = {}): void {
  const cells = rows.map((r) => r.map(String));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]!.length)));
  const left = (i: number) => i === 0 || (opts.lastLeft && i === headers.length - 1);
  const line = (r: readonly string[]) => r.map((c, i) => (left(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ").trimEnd();
  console.log(line(headers));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of cells) console.log(line(r));
}

export type TableTiming = { copyMb: number; indexMs: number };

/** Per table: rows, text sent through COPY (the tables load side by side), index build time, sizes. */
export async function printDataSummary(client: pg.Client, tables: readonly string[], timing: ReadonlyMap<string, TableTiming>): Promise<void> {
  const sizes: (string | number)[][] = [];
  for (const t of tables) {
    const { rows } = await client.query<{ n: string; heap: string; indexes: string }>(
      `SELECT (SELECT count(*) FROM "${t}") AS n, pg_size_pretty(pg_table_size('"${t}"')) AS heap, pg_size_pretty(pg_indexes_size('"${t}"')) AS indexes`,
    );
    const tt = timing.get(t);
    sizes.push([t, Number(rows[0]!.n).toLocaleString("en"), tt ? `${tt.copyMb.toFixed(0)} MB` : "", tt ? formatMs(tt.indexMs) : "", rows[0]!.heap, rows[0]!.indexes]);
  }
  console.log("");
  printTable(["table", "rows", "COPY sent", "index builds", "table size", "index size"], sizes);

  const shares = async (sql: string) => (await client.query<{ k: string; n: string; pct: string }>(sql)).rows.map((r) => `${r.k} ${r.pct}%`).join(", ");
  const share = (col: string, from: string, limit = 8) =>
    `SELECT ${col} AS k, count(*) AS n, round(100.0 * count(*) / sum(count(*)) OVER (), 1) AS pct FROM ${from} GROUP BY 1 ORDER BY 2 DESC LIMIT ${limit}`;
  console.log("");
  console.log(`destinations: ${await shares(share(`"countryCode"`, `"Placement"`))}`);
  console.log(`jobs:         ${await shares(share(`"jobCode"`, `"Placement"`, 6))}`);
  console.log(`statuses:     ${await shares(share(`"status"::text`, `"Placement"`))}`);
  console.log(`current:      ${await shares(share(`coalesce("currentStatus"::text, 'none')`, `"Person"`))}`);
  console.log(`workers' sex: ${await shares(share(`sex::text`, `"Person" WHERE "currentPlacementId" IS NOT NULL`))}`);
  const biggest = await client.query<{ villageCode: string; n: string }>(
    `SELECT "villageCode", count(*) AS n FROM "Person" GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
  );
  const villages = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Village"`);
  console.log(`villages:     ${villages.rows[0]!.n}, the biggest ${biggest.rows[0]?.villageCode} with ${Number(biggest.rows[0]?.n ?? 0).toLocaleString("en")} people`);
}
