import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

// Fuzzy name search (pg_trgm, GIN indexes from the recruiter_registry migration): the ids of
// rows whose name contains or resembles the query, to combine with a Prisma `where`.
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function recruiterIdsMatching(q: string, limit = 500): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT "id" FROM "Recruiter"
    WHERE "name" ILIKE ${likePattern(q)} OR "name" % ${q} OR "licenceNumber" ILIKE ${likePattern(q)}
    LIMIT ${limit}`);
  return rows.map((r) => r.id);
}

export async function agentIdsMatching(q: string, phone: string | null, limit = 500): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT "id" FROM "Agent"
    WHERE "name" ILIKE ${likePattern(q)} OR "name" % ${q} OR (${phone}::text IS NOT NULL AND "phone" = ${phone})
    LIMIT ${limit}`);
  return rows.map((r) => r.id);
}
