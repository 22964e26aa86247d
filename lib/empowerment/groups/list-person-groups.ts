import "server-only";
import { readRows } from "@/lib/db/read";
import { Prisma } from "@/lib/db/generated/client";
import { can, type Actor } from "@/lib/authz";
import { villageScopeSql } from "@/lib/perdes/scope-sql";
import { UUID } from "@/lib/registry/schemas";
import type { GroupRoleValue } from "../members/schemas";

// The groups a person is or was a member of, for the person's page (a benchmarked page): one
// query on the GroupMember personId index joined to its group, scoped through the group's
// village. Roles without group:read (e.g. admins) get [] rather than an error, so the page
// still renders.

export type PersonGroupRow = { memberId: string; groupId: string; groupName: string; role: GroupRoleValue; joinedOn: Date; leftOn: Date | null };

export async function listPersonGroups(actor: Actor, personId: string): Promise<PersonGroupRow[]> {
  if (!can(actor.role, "group:read") || !UUID.test(personId)) return [];
  return readRows<PersonGroupRow>(
    Prisma.sql`
    SELECT m."id" AS "memberId", m."groupId", g."name" AS "groupName", m."role"::text AS "role", m."joinedOn", m."leftOn"
    FROM "GroupMember" m JOIN "BusinessGroup" g ON g."id" = m."groupId"
    WHERE m."personId" = ${personId}::uuid AND ${villageScopeSql(actor, Prisma.sql`g."villageCode"`)}
    ORDER BY m."leftOn" IS NOT NULL, m."joinedOn" DESC, m."id"
    LIMIT 100`,
    { prepare: true },
  );
}
