import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import type { GroupRoleValue } from "../members/schemas";
import { findScopedGroup } from "./group-access";
import type { GroupStatusValue } from "./schemas";

// One group with its members: the open memberships (leader first) and the past ones (history).

export type GroupMemberRow = {
  id: string;
  personId: string;
  name: string;
  dusun: string | null;
  role: GroupRoleValue;
  joinedOn: Date;
  leftOn: Date | null;
  leaveReason: string | null;
  version: number;
};

export type GroupDetail = {
  id: string;
  villageCode: string;
  villageName: string;
  name: string;
  kindCode: string;
  kindNameId: string;
  kindNameEn: string;
  foundedOn: Date | null;
  status: GroupStatusValue;
  cooperativeId: string | null;
  cooperativeName: string | null;
  description: string | null;
  version: number;
  members: GroupMemberRow[];
  pastMembers: GroupMemberRow[];
};

const ROLE_ORDER: Record<GroupRoleValue, number> = { LEADER: 0, SECRETARY: 1, TREASURER: 2, MEMBER: 3 };

export async function getGroup(actor: Actor, id: string): Promise<GroupDetail> {
  assertCan(actor, "group:read");
  const base = await findScopedGroup(db, actor, id);
  const [group, memberships] = await Promise.all([
    db.businessGroup.findUniqueOrThrow({
      where: { id: base.id },
      select: { village: { select: { region: { select: { name: true } } } }, kind: { select: { nameId: true, nameEn: true } }, cooperative: { select: { name: true } } },
    }),
    db.groupMember.findMany({
      where: { groupId: base.id },
      select: { id: true, personId: true, role: true, joinedOn: true, leftOn: true, leaveReason: true, version: true, person: { select: { name: true, dusun: true } } },
      orderBy: [{ joinedOn: "asc" }, { id: "asc" }],
    }),
  ]);
  const rows: GroupMemberRow[] = memberships.map(({ person, ...m }) => ({ ...m, name: person.name, dusun: person.dusun }));
  return {
    ...base,
    villageName: group.village.region.name,
    kindNameId: group.kind.nameId,
    kindNameEn: group.kind.nameEn,
    cooperativeName: group.cooperative?.name ?? null,
    members: rows.filter((m) => !m.leftOn).sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name, "id")),
    pastMembers: rows.filter((m) => m.leftOn).sort((a, b) => b.leftOn!.getTime() - a.leftOn!.getTime()),
  };
}
