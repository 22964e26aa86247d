import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/authz";
import { resetDatabase } from "@/tests/helpers/test-db";
import { addTestMember, createTestGroup } from "@/tests/factories/groups";
import { createTestPerson } from "@/tests/factories/people";
import { createTestPlacement } from "@/tests/factories/placements";
import { actorOf, createTestUser } from "@/tests/factories/users";
import ExcelJS from "exceljs";
import catalog from "@/lib/i18n/messages/id/groupReports.json";
import { exportGroups } from "./export-groups";
import { buildGroupWorkbook } from "./group-workbook";
import { getGroupProfile } from "./get-group-profile";
import { getGroupReport } from "./get-group-report";
import { getVillageReport } from "./get-village-report";

const VILLAGE = "36.04.13.2007";
const OTHER_VILLAGE = "36.04.13.2008";
const NOW = new Date("2026-11-20T05:00:00Z");
const d = (s: string) => new Date(`${s}T00:00:00Z`);

async function returnedWorker(name: string) {
  const p = await createTestPerson(db, { villageCode: VILLAGE, name });
  await createTestPlacement(db, { personId: p.id, status: "RETURNED", returnDate: d("2025-12-01") });
  return p;
}

async function seed() {
  const active = await createTestGroup(db, { villageCode: VILLAGE, name: "Kelompok Rumput Laut Pantai" });
  const dissolved = await createTestGroup(db, { villageCode: VILLAGE, name: "Kelompok Jangkrik" });
  await db.businessGroup.update({ where: { id: dissolved.id }, data: { status: "DISSOLVED" } });
  const elsewhere = await createTestGroup(db, { villageCode: OTHER_VILLAGE, name: "Kelompok Tetangga" });
  const [p1, p2, p3, p4] = [await returnedWorker("Ani"), await returnedWorker("Budi"), await returnedWorker("Citra"), await returnedWorker("Dedi")];
  await returnedWorker("Eka"); // returned, in no group
  const p6 = await createTestPerson(db, { villageCode: VILLAGE, name: "Fitri" }); // not a returned worker
  await addTestMember(db, { groupId: active.id, personId: p1.id, role: "LEADER", joinedOn: d("2026-01-05") });
  await addTestMember(db, { groupId: active.id, personId: p2.id, joinedOn: d("2026-03-10") });
  await addTestMember(db, { groupId: active.id, personId: p4.id, joinedOn: d("2026-01-05"), leftOn: d("2026-06-15") });
  await addTestMember(db, { groupId: active.id, personId: p6.id, joinedOn: d("2026-05-01") });
  await addTestMember(db, { groupId: dissolved.id, personId: p3.id, joinedOn: d("2026-02-01") });
  const sale = (month: string, product: string, revenueRupiah: bigint) =>
    ({ groupId: active.id, month, product, quantity: "10", unit: "kg", revenueRupiah });
  await db.salesRecord.createMany({
    data: [
      sale("2026-09", "Rumput laut kering", 1_500_000n),
      sale("2026-09", "Dodol", 500_000n),
      sale("2026-10", "Rumput laut kering", 1_200_000n),
      sale("2026-10", "Rumput laut kering", 800_000n),
      sale("2025-11", "Rumput laut kering", 9_999_999n), // older than twelve months
      { ...sale("2026-10", "Kerang", 700_000n), groupId: elsewhere.id },
    ],
  });
  const loan = await db.loan.create({ data: { groupId: active.id, lender: "BRI Unit Anyer", principalRupiah: 12_000_000n, disbursedOn: d("2026-05-15"), termMonths: 12 } });
  await db.loanRepayment.createMany({ data: [{ loanId: loan.id, paidOn: d("2026-06-15"), amountRupiah: 1_000_000n }, { loanId: loan.id, paidOn: d("2026-07-15"), amountRupiah: 1_000_000n }] });
  await db.aidGrant.createMany({ data: [{ groupId: active.id, item: "Perahu", valueRupiah: 5_000_000n, giver: "Dinas Kelautan", givenOn: d("2026-04-01") }, { groupId: active.id, item: "Tali bentang", valueRupiah: 750_000n, giver: "BP3MI Banten", givenOn: d("2026-04-20") }] });
  const training = await db.training.create({ data: { groupId: active.id, heldOn: d("2026-08-10"), topic: "FINANCIAL_LITERACY", title: "Pembukuan sederhana", givenBy: "OJK" } });
  const open = await db.groupMember.findMany({ where: { groupId: active.id, leftOn: null } });
  await db.trainingAttendance.createMany({ data: open.slice(0, 2).map((m) => ({ trainingId: training.id, memberId: m.id })) });
  const organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: VILLAGE }));
  return { active, dissolved, elsewhere, organizer };
}

describe("group and village reports", () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("sums a group's revenue by month and product, counts members at month ends and the loan outstanding", async () => {
    const { active, organizer } = await seed();
    const r = await getGroupReport(organizer, active.id, NOW);
    expect(r.months[0]).toBe("2025-12");
    expect(r.months[11]).toBe("2026-11");
    expect(r.revenue).toEqual([
      { month: "2026-09", product: "Dodol", revenueRupiah: 500_000n },
      { month: "2026-09", product: "Rumput laut kering", revenueRupiah: 1_500_000n },
      { month: "2026-10", product: "Rumput laut kering", revenueRupiah: 2_000_000n },
    ]);
    expect(r.products).toEqual(["Dodol", "Rumput laut kering"]);
    // Ani and Dedi from January, Budi from March, Fitri from May, Dedi gone mid-June.
    expect(r.members.map((m) => m.members)).toEqual([0, 2, 2, 3, 3, 4, 3, 3, 3, 3, 3, 3]);
    expect(r.loans).toHaveLength(1);
    // Six instalments of Rp1.000.000 due by 20 Nov (15 Jun … 15 Nov), two repaid.
    expect(r.loans[0]).toMatchObject({ repaidRupiah: 2_000_000n, outstandingRupiah: 10_000_000n, behindRupiah: 4_000_000n, status: "LATE" });
  });

  it("gives the village its groups, totals and the reintegration rate (2 of 5 returned workers in active groups)", async () => {
    const { active, dissolved, organizer } = await seed();
    const r = await getVillageReport(organizer, null, NOW);
    expect(r.village.code).toBe(VILLAGE);
    expect(r.reintegration).toEqual({ returned: 5, inActiveGroups: 2, ratePct: 40 });
    expect(r.groups.map((g) => [g.id, g.members, g.revenueRupiah])).toEqual([
      [dissolved.id, 1, 0n],
      [active.id, 3, 4_000_000n],
    ]);
    // The neighbouring village's sale is not in this village's total.
    expect(r.revenue.reduce((n, c) => n + c.revenueRupiah, 0n)).toBe(4_000_000n);
    expect(r.members[11]).toEqual({ month: "2026-11", members: 4 });
  });

  it("builds the printable profile without NIKs", async () => {
    const { active, organizer } = await seed();
    const p = await getGroupProfile(organizer, active.id, NOW);
    expect(p.group).toMatchObject({ name: "Kelompok Rumput Laut Pantai", leader: "Ani", status: "ACTIVE" });
    expect(p.members.map((m) => m.name)).toEqual(["Ani", "Budi", "Fitri"]);
    expect(p.trainings).toEqual([expect.objectContaining({ title: "Pembukuan sederhana", attended: 2 })]);
    expect(p.aidTotalRupiah).toBe(5_750_000n);
    expect(p.salesTotalRupiah).toBe(4_000_000n);
    expect(JSON.stringify(p, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v))).not.toMatch(/\d{16}/);
  });

  it("hides other villages' groups, shows another region nothing and refuses admins", async () => {
    const { active } = await seed();
    const neighbour = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: OTHER_VILLAGE }));
    await expect(getGroupReport(neighbour, active.id, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getGroupProfile(neighbour, active.id, NOW)).rejects.toBeInstanceOf(NotFoundError);
    const farStaff = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.01" }));
    await expect(getVillageReport(farStaff, VILLAGE, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getGroupReport(farStaff, active.id, NOW)).rejects.toBeInstanceOf(NotFoundError);
    expect((await exportGroups(farStaff, { now: NOW })).groups).toEqual([]);
    const staff = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.04" }));
    expect((await getVillageReport(staff, VILLAGE, NOW)).reintegration.returned).toBe(5);
    await expect(getVillageReport(staff, null, NOW)).rejects.toBeInstanceOf(NotFoundError);
    const admin = actorOf(await createTestUser(db, { role: "ADMIN" }));
    await expect(getGroupReport(admin, active.id, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getVillageReport(admin, VILLAGE, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportGroups(admin, { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("exports the village's groups, memberships, loans and sales and records it", async () => {
    const { organizer } = await seed();
    const x = await exportGroups(organizer, { now: NOW, ip: "127.0.0.1" });
    expect(x.groups.map((g) => [g.name, g.members, g.revenueRupiah])).toEqual([
      ["Kelompok Jangkrik", 1, 0n],
      ["Kelompok Rumput Laut Pantai", 3, 4_000_000n],
    ]);
    expect(x.members).toHaveLength(5);
    expect(x.members.find((m) => m.name === "Dedi")?.leftOn).toEqual(d("2026-06-15"));
    expect(x.loans.map((l) => l.outstandingRupiah)).toEqual([10_000_000n]);
    expect(x.sales).toHaveLength(5);
    expect(x.truncated).toBe(false);
    const audit = await db.auditLog.findMany({ where: { action: "group.export" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: organizer.id, entity: "BusinessGroup", villageCode: VILLAGE });
    expect(audit[0]!.after).toMatchObject({ groups: 2, members: 5, loans: 1, sales: 5 });

    // The workbook, read back: four sheets, amounts as numbers, no NIK anywhere.
    const t = (key: string, values: Record<string, string | number> = {}) =>
      (key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], catalog) as string).replace(/\{(\w+)\}/g, (_m, k: string) => String(values[k]));
    const written = await buildGroupWorkbook(x, t, false).xlsx.writeBuffer();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(written as ArrayBuffer);
    expect(book.worksheets.map((s) => [s.name, s.rowCount])).toEqual([["Kelompok", 3], ["Anggota", 6], ["Pinjaman", 2], ["Penjualan", 6]]);
    expect(book.getWorksheet("Pinjaman")!.getRow(2).values).toEqual(expect.arrayContaining(["Kelompok Rumput Laut Pantai", "KUR", "BRI Unit Anyer", 12_000_000, 2_000_000, 10_000_000, "Terlambat"]));
    const nik = (await db.person.findFirstOrThrow({ where: { name: "Ani" } })).nik;
    const cells = book.worksheets.flatMap((s) => s.getSheetValues().flat().map(String));
    expect(cells.some((c) => c.includes(nik))).toBe(false);
  });
});
