import "server-only";
import { db } from "@/lib/db/client";
import { can, villageScope, type Actor } from "@/lib/authz";
import { UUID } from "@/lib/registry/schemas";
import type { GroupRoleValue } from "../members/schemas";

// The groups a person is or was a member of, for the person's page: one query on the
// GroupMember personId index, scoped through the group's village. Roles without group:read
// (e.g. admins) see nothing here rather than an error, so the page still renders.

export type PersonGroupRow = { memberId: string; groupId: string; groupName: string; role: GroupRoleValue; joinedOn: Date; leftOn: Date | null };

export async function listPersonGroups(actor: Actor, personId: string): Promise<PersonGroupRow[]> {
  if (!can(actor.role, "group:read") || !UUID.test(personId)) return [];
  const found = await db.groupMember.findMany({
    where: { personId, group: villageScope(actor) },
    select: { id: true, groupId: true, role: true, joinedOn: true, leftOn: true, group: { select: { name: true } } },
    orderBy: [{ joinedOn: "desc" }, { id: "asc" }],
    take: 100,
  });
  return found.map((m) => ({ memberId: m.id, groupId: m.groupId, groupName: m.group.name, role: m.role, joinedOn: m.joinedOn, leftOn: m.leftOn }));
}
