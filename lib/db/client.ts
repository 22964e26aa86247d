import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/client";
import { databaseUrl } from "./connection";

// One client per process; Next's dev server reloads modules, so keep it on globalThis.
// Prisma and the direct reads of lib/db/read.ts share one pool of connections
// (docs/decisions/027-direct-reads-on-hot-pages.md).
const globalForPrisma = globalThis as unknown as { lontarPrisma?: PrismaClient; lontarPool?: pg.Pool };

function createPool(): pg.Pool {
  return new pg.Pool({ connectionString: databaseUrl(), max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
}

export const pool: pg.Pool = globalForPrisma.lontarPool ?? createPool();

function createClient(): PrismaClient {
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForPrisma.lontarPrisma ?? createClient();
if (process.env.NODE_ENV !== "production") {
  globalForPrisma.lontarPrisma = db;
  globalForPrisma.lontarPool = pool;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
