import "server-only";
import { db } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan, villageInScope, villageScope, type Actor } from "@/lib/authz";
import { loansWithStanding, type LoanPoint } from "./report-sql";
import { lastMonths } from "./months";

// The groups of the actor's villages as one workbook of four sheets (groups, members, loans,
// sales): one download is one consistent copy for a funder, and one audit entry. No NIK.

/** Each sheet holds at most this many rows; past it the sheet says it was cut. */
export const GROUP_EXPORT_LIMIT = 50_000;

export type ExportedGroup = { id: string; name: string; kindNameId: string; kindNameEn: string; villageCode: string; villageName: string; foundedOn: Date | null; status: string; cooperative: string | null; members: number; revenueRupiah: bigint };
export type ExportedMember = { groupName: string; name: string; role: string; joinedOn: Date; leftOn: Date | null };
export type ExportedSale = { groupName: string; month: string; product: string; quantity: string; unit: string; revenueRupiah: bigint; soldIn: string | null };
export type GroupExport = { groups: ExportedGroup[]; members: ExportedMember[]; loans: LoanPoint[]; sales: ExportedSale[]; truncated: boolean };

export async function exportGroups(actor: Actor, opts: { villageCode?: string | null; ip?: string | null; now?: Date } = {}): Promise<GroupExport> {
  assertCan(actor, "group:export");
  const now = opts.now ?? new Date();
  const narrowed = opts.villageCode && villageInScope(actor, opts.villageCode) ? { villageCode: opts.villageCode } : {};
  const where = { ...villageScope(actor), ...narrowed };
  const months = lastMonths(now);
  const found = await db.businessGroup.findMany({
    where,
    orderBy: [{ villageCode: "asc" }, { name: "asc" }, { id: "asc" }],
    take: GROUP_EXPORT_LIMIT + 1,
    select: {
      id: true, name: true, villageCode: true, foundedOn: true, status: true,
      kind: { select: { nameId: true, nameEn: true } },
      village: { select: { region: { select: { name: true } } } },
      cooperative: { select: { name: true } },
      _count: { select: { members: { where: { leftOn: null } } } },
    },
  });
  const ids = found.slice(0, GROUP_EXPORT_LIMIT).map((g) => g.id);
  const [revenue, memberships, loans, sales] = await Promise.all([
    db.salesRecord.groupBy({ by: ["groupId"], where: { groupId: { in: ids }, month: { gte: months[0]!, lte: months[months.length - 1]! } }, _sum: { revenueRupiah: true } }),
    db.groupMember.findMany({
      where: { groupId: { in: ids } },
      orderBy: [{ group: { name: "asc" } }, { joinedOn: "asc" }, { id: "asc" }],
      take: GROUP_EXPORT_LIMIT + 1,
      select: { role: true, joinedOn: true, leftOn: true, group: { select: { name: true } }, person: { select: { name: true } } },
    }),
    loansWithStanding(ids, now),
    db.salesRecord.findMany({
      where: { groupId: { in: ids } },
      orderBy: [{ group: { name: "asc" } }, { month: "asc" }, { product: "asc" }, { id: "asc" }],
      take: GROUP_EXPORT_LIMIT + 1,
      select: { month: true, product: true, quantity: true, unit: true, revenueRupiah: true, soldIn: true, group: { select: { name: true } } },
    }),
  ]);
  const revenueOf = new Map(revenue.map((r) => [r.groupId, r._sum.revenueRupiah ?? 0n]));
  const truncated = found.length > GROUP_EXPORT_LIMIT || memberships.length > GROUP_EXPORT_LIMIT || sales.length > GROUP_EXPORT_LIMIT;
  const result: GroupExport = {
    groups: found.slice(0, GROUP_EXPORT_LIMIT).map((g) => ({
      id: g.id, name: g.name, kindNameId: g.kind.nameId, kindNameEn: g.kind.nameEn, villageCode: g.villageCode, villageName: g.village.region.name,
      foundedOn: g.foundedOn, status: g.status, cooperative: g.cooperative?.name ?? null, members: g._count.members, revenueRupiah: revenueOf.get(g.id) ?? 0n,
    })),
    members: memberships.slice(0, GROUP_EXPORT_LIMIT).map((m) => ({ groupName: m.group.name, name: m.person.name, role: m.role, joinedOn: m.joinedOn, leftOn: m.leftOn })),
    loans,
    sales: sales.slice(0, GROUP_EXPORT_LIMIT).map((s) => ({ groupName: s.group.name, month: s.month, product: s.product, quantity: s.quantity.toString(), unit: s.unit, revenueRupiah: s.revenueRupiah, soldIn: s.soldIn })),
    truncated,
  };
  await writeAudit(db, {
    actor,
    action: "group.export",
    entity: "BusinessGroup",
    villageCode: narrowed.villageCode ?? actor.villageCode,
    after: { village: narrowed.villageCode ?? null, groups: result.groups.length, members: result.members.length, loans: result.loans.length, sales: result.sales.length, truncated },
    ip: opts.ip,
  });
  return result;
}
