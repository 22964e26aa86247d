import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, villageScope, type Actor } from "@/lib/authz";
import type { GroupStatusValue, ListGroupsQuery } from "./schemas";

// The groups of the actor's villages, by name, a page at a time. A village has tens of groups,
// a BP3MI region thousands: pages are keyset (after the last name and id), so a deep page costs
// what the first does (index on villageCode, name).

export const GROUPS_PAGE_SIZE = 50;

export type GroupListRow = {
  id: string;
  villageCode: string;
  villageName: string;
  name: string;
  kindCode: string;
  kindNameId: string;
  kindNameEn: string;
  status: GroupStatusValue;
  foundedOn: Date | null;
  cooperativeName: string | null;
  openMembers: number;
};

export type GroupList = { rows: GroupListRow[]; next: string | null };

export function encodeGroupCursor(name: string, id: string): string {
  return Buffer.from(JSON.stringify([name, id]), "utf8").toString("base64url");
}

function decodeGroupCursor(cursor: string | undefined): { name: string; id: string } | null {
  if (!cursor) return null;
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(v) && typeof v[0] === "string" && typeof v[1] === "string" && /^[0-9a-f-]{36}$/i.test(v[1])) return { name: v[0], id: v[1] };
  } catch {
    // A cursor that does not parse is the first page.
  }
  return null;
}

export async function listGroups(actor: Actor, query: Partial<ListGroupsQuery>, pageSize = GROUPS_PAGE_SIZE): Promise<GroupList> {
  assertCan(actor, "group:read");
  const after = decodeGroupCursor(query.cursor);
  const where: Prisma.BusinessGroupWhereInput = {
    AND: [
      villageScope(actor),
      query.village ? { villageCode: query.village } : {},
      query.kind ? { kindCode: query.kind } : {},
      query.status ? { status: query.status } : {},
      query.q ? { name: { contains: query.q, mode: "insensitive" } } : {},
      after ? { OR: [{ name: { gt: after.name } }, { name: after.name, id: { gt: after.id } }] } : {},
    ],
  };
  const found = await db.businessGroup.findMany({
    where,
    select: {
      id: true, villageCode: true, name: true, kindCode: true, status: true, foundedOn: true,
      village: { select: { region: { select: { name: true } } } },
      kind: { select: { nameId: true, nameEn: true } },
      cooperative: { select: { name: true } },
      _count: { select: { members: { where: { leftOn: null } } } },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: pageSize + 1,
  });
  const rows = found.slice(0, pageSize).map((g) => ({
    id: g.id, villageCode: g.villageCode, villageName: g.village.region.name, name: g.name, kindCode: g.kindCode,
    kindNameId: g.kind.nameId, kindNameEn: g.kind.nameEn, status: g.status, foundedOn: g.foundedOn,
    cooperativeName: g.cooperative?.name ?? null, openMembers: g._count.members,
  }));
  const last = rows.at(-1);
  return { rows, next: found.length > pageSize && last ? encodeGroupCursor(last.name, last.id) : null };
}
