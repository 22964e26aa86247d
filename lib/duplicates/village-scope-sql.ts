import { Prisma } from "@/lib/db/generated/client";
import { villageScope, type Actor } from "@/lib/authz";

/**
 * villageScope(actor) as a raw SQL condition on "villageCode" (for the duplicate search, which
 * Prisma's query API cannot express). A region prefix uses LIKE, which the text_pattern_ops
 * index on Person(villageCode, name, id) serves; region codes hold only digits and dots.
 */
export function villageScopeSql(actor: Pick<Actor, "role" | "villageCode" | "regionCode">): Prisma.Sql {
  const scope = villageScope(actor).villageCode;
  if (scope === undefined) return Prisma.sql`TRUE`;
  if (typeof scope === "string") return Prisma.sql`"villageCode" = ${scope}`;
  if ("startsWith" in scope) {
    if (!/^[\d.]+$/.test(scope.startsWith)) return Prisma.sql`FALSE`;
    return Prisma.sql`"villageCode" LIKE ${`${scope.startsWith}%`}`;
  }
  return Prisma.sql`FALSE`;
}
