import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { CaseCategory, CaseStatus } from "@/lib/db/generated/enums";
import { readRows } from "@/lib/db/read";
import { can, type Actor } from "@/lib/authz";
import { villageScopeSql } from "@/lib/perdes/scope-sql";
import { UUID } from "@/lib/registry/schemas";

export type PersonCaseRow = { id: string; number: string; category: CaseCategory; status: CaseStatus; reportedAt: Date };

/**
 * A person's cases for their page's timeline (the case's village in the actor's scope, as
 * caseScope); none for a role that does not read cases. A prepared statement: the person page
 * is benchmarked (lib/db/read.ts).
 */
export async function listPersonCases(actor: Actor, personId: string): Promise<PersonCaseRow[]> {
  if (!can(actor.role, "case:read") || !UUID.test(personId)) return [];
  return readRows<PersonCaseRow>(
    Prisma.sql`SELECT c."id", c."number", c."category", c."status", c."reportedAt" FROM "Case" c
      WHERE c."personId" = ${personId}::uuid AND ${villageScopeSql(actor, Prisma.sql`c."villageCode"`)}
      ORDER BY c."reportedAt" DESC, c."id" DESC LIMIT 50`,
    { prepare: true },
  );
}
