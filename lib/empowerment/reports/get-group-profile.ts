import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { loansWithStanding, revenueByMonth, type LoanPoint, type RevenueCell } from "./report-sql";
import { isUuid, lastMonths } from "./months";

// The printable profile of a group for a bank or a funder (issue 6): who they are, their
// members (no NIK), trainings, aid, loans with their standing and twelve months of sales.

export type GroupProfile = {
  group: { id: string; name: string; kindNameId: string; kindNameEn: string; villageCode: string; villageName: string; foundedOn: Date | null; status: "ACTIVE" | "INACTIVE" | "DISSOLVED"; cooperative: string | null; leader: string | null };
  members: { id: string; name: string; role: "LEADER" | "SECRETARY" | "TREASURER" | "MEMBER"; joinedOn: Date }[];
  trainings: { id: string; heldOn: Date; topic: string; title: string; attended: number }[];
  aid: { id: string; item: string; valueRupiah: bigint; giver: string; givenOn: Date }[];
  aidTotalRupiah: bigint;
  loans: LoanPoint[];
  months: string[];
  sales: RevenueCell[];
  salesTotalRupiah: bigint;
};

const ROLE_ORDER = { LEADER: 0, SECRETARY: 1, TREASURER: 2, MEMBER: 3 } as const;

export async function getGroupProfile(actor: Actor, groupId: string, now: Date = new Date()): Promise<GroupProfile> {
  assertCan(actor, "group:read");
  if (!isUuid(groupId)) throw new NotFoundError("BusinessGroup");
  const g = await db.businessGroup.findFirst({
    where: { id: groupId, ...villageScope(actor) },
    select: {
      id: true, name: true, villageCode: true, foundedOn: true, status: true,
      kind: { select: { nameId: true, nameEn: true } },
      village: { select: { region: { select: { name: true } } } },
      cooperative: { select: { name: true } },
    },
  });
  if (!g) throw new NotFoundError("BusinessGroup");
  const months = lastMonths(now);
  const [memberships, trainings, aid, aidSum, loans, sales] = await Promise.all([
    db.groupMember.findMany({ where: { groupId, leftOn: null }, select: { id: true, role: true, joinedOn: true, person: { select: { name: true } } } }),
    db.training.findMany({ where: { groupId }, orderBy: [{ heldOn: "desc" }, { id: "asc" }], select: { id: true, heldOn: true, topic: true, title: true, _count: { select: { attendance: true } } } }),
    db.aidGrant.findMany({ where: { groupId }, orderBy: [{ givenOn: "desc" }, { id: "asc" }], select: { id: true, item: true, valueRupiah: true, giver: true, givenOn: true } }),
    db.aidGrant.aggregate({ where: { groupId }, _sum: { valueRupiah: true } }),
    loansWithStanding([groupId], now),
    revenueByMonth([groupId], months),
  ]);
  const members = memberships
    .map((m) => ({ id: m.id, name: m.person.name, role: m.role, joinedOn: m.joinedOn }))
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name, "id"));
  return {
    group: {
      id: g.id, name: g.name, kindNameId: g.kind.nameId, kindNameEn: g.kind.nameEn, villageCode: g.villageCode, villageName: g.village.region.name,
      foundedOn: g.foundedOn, status: g.status, cooperative: g.cooperative?.name ?? null, leader: members.find((m) => m.role === "LEADER")?.name ?? null,
    },
    members,
    trainings: trainings.map((t) => ({ id: t.id, heldOn: t.heldOn, topic: t.topic, title: t.title, attended: t._count.attendance })),
    aid,
    aidTotalRupiah: aidSum._sum.valueRupiah ?? 0n,
    loans,
    months,
    sales,
    salesTotalRupiah: sales.reduce((n, s) => n + s.revenueRupiah, 0n),
  };
}
