import "server-only";
import { db } from "@/lib/db/client";

/**
 * The benchmark's floor (docs/decisions/011): one trivial query through the same Prisma
 * client and pool as every page, so /bench-floor measures what any page of this build costs
 * before it does real work. Reads no data, hence no actor and no permission, like the health check.
 */
export async function readBenchFloor(): Promise<number> {
  const rows = await db.$queryRaw<{ one: number }[]>`SELECT 1 AS one`;
  return Number(rows[0]?.one ?? 0);
}

/** The page exists only when the benchmark starts the server with BENCH_FLOOR=1. */
export function benchFloorEnabled(): boolean {
  return process.env.BENCH_FLOOR === "1";
}
