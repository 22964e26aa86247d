// Empowerment demo (issue 6): KKBM Lontar's seaweed group with members from the registry demo,
// a training with attendance, equipment aid, a KUR loan with two repayments and three months of
// seaweed and dodol sales, so that the group page, its charts and its printable profile have
// something to show. Idempotent: nothing is added when Lontar already has a group.
import type { PrismaClient } from "../lib/db/generated/client";
import { addTestMember, createTestGroup } from "../tests/factories/groups";
import { DEMO_VILLAGES } from "./seed";

const DAY = 24 * 60 * 60 * 1000;
const dayOf = (t: number) => {
  const d = new Date(t);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
};
const monthOf = (t: number, back: number) => {
  const d = new Date(t);
  const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1));
  return `${m.getUTCFullYear()}-${String(m.getUTCMonth() + 1).padStart(2, "0")}`;
};

export const DEMO_GROUP_NAME = "Kelompok Rumput Laut Mekar Sari";

export async function seedGroupsDemo(db: PrismaClient, now: Date = new Date()): Promise<void> {
  const villageCode = DEMO_VILLAGES.lontar;
  if ((await db.businessGroup.count({ where: { villageCode } })) > 0) return;
  const t = now.getTime();
  const people = await db.person.findMany({ where: { villageCode }, select: { id: true, name: true } });
  const id = (name: string) => people.find((p) => p.name === name)?.id;

  const group = await createTestGroup(db, { villageCode, name: DEMO_GROUP_NAME, kindCode: "SEAWEED_FARMING", foundedOn: dayOf(t - 400 * DAY) });
  const roster: [string, "LEADER" | "SECRETARY" | "TREASURER" | "MEMBER"][] = [
    ["Ujang Saepudin", "LEADER"], ["Eti Suhaeti", "SECRETARY"], ["Nurhayati", "TREASURER"], ["Rohimah", "MEMBER"],
    ["Sarmani", "MEMBER"], ["Dede Rohman", "MEMBER"], ["Siti Aminah", "MEMBER"],
  ];
  const members = [];
  for (const [name, role] of roster) {
    const personId = id(name);
    if (personId) members.push(await addTestMember(db, { groupId: group.id, personId, role, joinedOn: dayOf(t - 380 * DAY) }));
  }
  // A member who left keeps her history.
  const left = id("Neneng Hasanah");
  if (left) await db.groupMember.create({ data: { groupId: group.id, personId: left, role: "MEMBER", joinedOn: dayOf(t - 380 * DAY), leftOn: dayOf(t - 90 * DAY), leaveReason: "Berangkat bekerja lagi ke luar negeri" } });

  const training = await db.training.create({
    data: { groupId: group.id, heldOn: dayOf(t - 200 * DAY), topic: "PROCESSING", title: "Membuat dodol dan keripik rumput laut", givenBy: "Dinas Kelautan dan Perikanan Kab. Serang" },
  });
  for (const m of members.slice(0, 5)) await db.trainingAttendance.create({ data: { trainingId: training.id, memberId: m.id } });

  await db.aidGrant.create({ data: { groupId: group.id, item: "Perahu dan tali ris budidaya", valueRupiah: 15_000_000n, giver: "BP3MI Banten", givenOn: dayOf(t - 300 * DAY) } });
  const loan = await db.loan.create({
    data: { groupId: group.id, kind: "KUR", lender: "Bank BRI Unit Tirtayasa", principalRupiah: 24_000_000n, disbursedOn: dayOf(t - 95 * DAY), termMonths: 24 },
  });
  await db.loanRepayment.create({ data: { loanId: loan.id, paidOn: dayOf(t - 62 * DAY), amountRupiah: 1_000_000n } });
  await db.loanRepayment.create({ data: { loanId: loan.id, paidOn: dayOf(t - 32 * DAY), amountRupiah: 1_000_000n } });

  const sales: [number, string, string, string, bigint, string][] = [
    [3, "Rumput laut kering", "850", "kg", 6_800_000n, "Serang"],
    [2, "Rumput laut kering", "920", "kg", 7_360_000n, "Serang"],
    [2, "Dodol rumput laut", "300", "bungkus", 4_500_000n, "Tangerang"],
    [1, "Rumput laut kering", "1000", "kg", 8_000_000n, "Serang"],
    [1, "Keripik rumput laut", "400", "bungkus", 4_000_000n, "Tangerang"],
  ];
  for (const [back, product, quantity, unit, revenueRupiah, soldIn] of sales) {
    await db.salesRecord.create({ data: { groupId: group.id, month: monthOf(t, back), product, quantity, unit, revenueRupiah, soldIn } });
  }
}
