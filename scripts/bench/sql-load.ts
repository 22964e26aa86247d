// The raw-SQL baseline: the list's own name-search statement sent straight through `pg` by
// N concurrent clients for a fixed time, like autocannon's N connections. What a page adds
// on top of it (auth, the other queries of the page, rendering, HTTP) is the ratio.

import pg from "pg";
import type { LoadResult } from "./http-load";

export type SqlStatement = { setup?: string[]; text: string; values: unknown[] };

function percentile(sorted: Float64Array, p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function runFor(clients: pg.Client[], statement: SqlStatement, seconds: number, record: boolean) {
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    clients.map(async (client) => {
      while (performance.now() < until) {
        const started = performance.now();
        try {
          await client.query(statement.text, statement.values);
          if (record) latencies.push(performance.now() - started);
        } catch {
          if (record) errors++;
        }
      }
    }),
  );
  return { latencies, errors };
}

export async function sqlLoad(url: string, statement: SqlStatement, opts: { connections: number; duration: number; warmup: number }): Promise<LoadResult> {
  const clients = await Promise.all(
    Array.from({ length: opts.connections }, async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      // Bounded like autocannon's 30 s request timeout: a slower statement counts as an error.
      await c.query("SET statement_timeout = '30s'");
      for (const s of statement.setup ?? []) await c.query(s);
      return c;
    }),
  );
  try {
    if (opts.warmup > 0) await runFor(clients, statement, opts.warmup, false);
    const started = performance.now();
    const { latencies, errors } = await runFor(clients, statement, opts.duration, true);
    const elapsed = (performance.now() - started) / 1000;
    const sorted = Float64Array.from(latencies).sort();
    return {
      requestsPerSecond: latencies.length / elapsed,
      p50: percentile(sorted, 50),
      p975: percentile(sorted, 97.5),
      p99: percentile(sorted, 99),
      errors,
      non2xx: 0,
      total: latencies.length,
    };
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}
