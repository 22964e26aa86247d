// Business groups and memberships for tests, the demo seed and e2e fixtures (issue 6), inserted
// straight through Prisma. Framework-free: pass any PrismaClient. The kinds come from the
// migration; resetDatabase() empties GroupKind, so ensureGroupKinds() puts them back.
import type { BusinessGroup, GroupMember, GroupRole, PrismaClient } from "../../lib/db/generated/client";
import { ensureVillage } from "./villages";

type Db = Pick<PrismaClient, "groupKind" | "businessGroup" | "groupMember" | "region" | "village">;

export const GROUP_KINDS = [
  { code: "SEAWEED_FARMING", nameId: "Budidaya rumput laut", nameEn: "Seaweed farming", sortOrder: 10 },
  { code: "GREEN_MUSSEL_FARMING", nameId: "Budidaya kerang hijau", nameEn: "Green mussel farming", sortOrder: 20 },
  { code: "CRICKET_FARMING", nameId: "Budidaya jangkrik", nameEn: "Cricket farming", sortOrder: 30 },
  { code: "PROCESSING", nameId: "Pengolahan hasil (dodol, keripik rumput laut)", nameEn: "Processing (seaweed dodol, chips)", sortOrder: 40 },
  { code: "OTHER", nameId: "Lainnya", nameEn: "Other", sortOrder: 90 },
] as const;

export async function ensureGroupKinds(db: Pick<PrismaClient, "groupKind">): Promise<void> {
  for (const k of GROUP_KINDS) await db.groupKind.upsert({ where: { code: k.code }, update: {}, create: k });
}

export async function createTestGroup(db: Db, opts: { villageCode: string; name?: string; kindCode?: string; foundedOn?: Date | null }): Promise<BusinessGroup> {
  await ensureVillage(db, opts.villageCode);
  await ensureGroupKinds(db);
  return db.businessGroup.create({
    data: { villageCode: opts.villageCode, name: opts.name ?? `Kelompok ${Math.random().toString(36).slice(2, 8)}`, kindCode: opts.kindCode ?? "SEAWEED_FARMING", foundedOn: opts.foundedOn ?? null },
  });
}

export async function addTestMember(db: Db, opts: { groupId: string; personId: string; role?: GroupRole; joinedOn?: Date; leftOn?: Date | null }): Promise<GroupMember> {
  return db.groupMember.create({
    data: { groupId: opts.groupId, personId: opts.personId, role: opts.role ?? "MEMBER", joinedOn: opts.joinedOn ?? new Date(Date.UTC(2026, 0, 5)), leftOn: opts.leftOn ?? null },
  });
}
