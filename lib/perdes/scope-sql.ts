import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { villageScope, type Actor } from "@/lib/authz";

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * villageScope(actor) (lib/authz/scope.ts) as SQL on a village-code column, so raw queries
 * limit rows exactly as Prisma ones do. `within` narrows it further to a region (a kecamatan):
 * the two are ANDed, so a region outside the scope gives nothing.
 */
export function villageScopeSql(actor: Actor, column: Prisma.Sql, within?: string | null): Prisma.Sql {
  const scope = villageScope(actor).villageCode;
  let sql: Prisma.Sql;
  if (scope === undefined) sql = Prisma.sql`TRUE`;
  else if (typeof scope === "string") sql = Prisma.sql`${column} = ${scope}`;
  else if ("startsWith" in scope && typeof scope.startsWith === "string") sql = Prisma.sql`${column} LIKE ${`${escapeLike(scope.startsWith)}%`}`;
  else sql = Prisma.sql`FALSE`;
  return within ? Prisma.sql`${sql} AND ${column} LIKE ${`${escapeLike(within)}.%`}` : sql;
}
