import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { readRows } from "@/lib/db/read";

/** Names of villages (region codes) by code, for lists that show several villages. */
export async function regionNames(codes: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes)];
  if (!unique.length) return new Map();
  const rows = await readRows<{ code: string; name: string }>(
    Prisma.sql`SELECT r."code", r."name" FROM "Region" r WHERE r."code" = ANY(${unique}::text[])`,
    { prepare: true },
  );
  return new Map(rows.map((r) => [r.code, r.name]));
}
