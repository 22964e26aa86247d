import "server-only";
import pg from "pg";
import { databaseUrl } from "@/lib/db/connection";

// A plain `pg` pool for what Prisma cannot do: COPY FROM STDIN and long set-based statements
// in one transaction (docs/decisions/010). Small: imports and exports are few at a time.
const globalForPool = globalThis as unknown as { lontarImportPool?: pg.Pool };

export function importPool(): pg.Pool {
  if (!globalForPool.lontarImportPool) {
    const pool = new pg.Pool({ connectionString: databaseUrl(), max: Number(process.env.IMPORT_POOL_SIZE ?? 4) });
    pool.on("error", (error) => console.error("[import-pool]", error));
    globalForPool.lontarImportPool = pool;
  }
  return globalForPool.lontarImportPool;
}

/** For scripts and tests: closes the pool so the process can exit. */
export async function closeImportPool(): Promise<void> {
  const pool = globalForPool.lontarImportPool;
  globalForPool.lontarImportPool = undefined;
  await pool?.end();
}
