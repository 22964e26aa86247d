import { beforeEach, describe, expect, it } from "vitest";
import { ZodError, type z } from "zod";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, type Actor } from "@/lib/authz";
import { FieldError } from "@/lib/validation/errors";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestGroup, ensureGroupKinds } from "@/tests/factories/groups";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { listGroupAid, recordAid } from "./aid";
import { listLateLoans } from "./late-loans";
import { listGroupMoney } from "./list-group-money";
import { listGroupLoans, recordLoan, recordRepayment } from "./loans";
import type { recordLoanSchema } from "./schemas";
import { deleteSales, listGroupSales, recordSales, updateSales } from "./sales";

const LONTAR = "36.04.13.2007";
const SUSUKAN = "36.04.13.2008";
const SUMBERJAYA = "36.01.01.2001";
// Fixed "today" (WIB): 1 Dec 2026.
const NOW = new Date("2026-12-01T05:00:00Z");
const meta = { now: NOW, ip: "10.0.0.9" };
type LoanForm = z.input<typeof recordLoanSchema>;

let organizer: Actor;
let official: Actor;
let organizerElsewhere: Actor;
let staff: Actor;
let staffElsewhere: Actor;
let admin: Actor;

async function writes() {
  return { aid: await db.aidGrant.count(), loans: await db.loan.count(), repayments: await db.loanRepayment.count(), sales: await db.salesRecord.count(), audits: await db.auditLog.count() };
}

async function refusal(p: Promise<unknown>): Promise<{ field: string; key: string; data?: unknown }> {
  const error = await p.then(() => null, (e: unknown) => e);
  if (error instanceof FieldError) return { field: error.field, key: error.messageKey, data: error.data };
  if (error instanceof ZodError) return { field: String(error.issues[0]!.path[0]), key: error.issues[0]!.message };
  throw new Error(`expected a refusal, got ${String(error)}`);
}

const kurForm = (groupId: string, extra: Partial<Record<keyof LoanForm, string>> = {}): LoanForm => ({
  groupId, kind: "KUR", lender: "BRI Unit Tirtayasa", principalRupiah: "12.000.000", disbursedOn: "2026-06-15", termMonths: "12", ...(extra as Partial<LoanForm>),
});

describe("group money", () => {
  beforeEach(async () => {
    await resetDatabase();
    await ensureGroupKinds(db);
    organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }));
    official = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: LONTAR }));
    organizerElsewhere = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: SUSUKAN }));
    staff = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.04" }));
    staffElsewhere = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.01" }));
    admin = actorOf(await createTestUser(db, { role: "ADMIN" }));
  });

  it("records a KUR loan with two repayments: outstanding and status right, each write audited", async () => {
    const group = await createTestGroup(db, { villageCode: LONTAR, name: "KKBM Rumput Laut Lontar" });
    const { id: loanId } = await recordLoan(organizer, kurForm(group.id), meta);
    await recordRepayment(organizer, { loanId, paidOn: "2026-07-15", amountRupiah: "1.000.000" }, meta);
    await recordRepayment(official, { loanId, paidOn: "2026-08-15", amountRupiah: "1.000.000" }, meta);

    const [loan] = await listGroupLoans(staff, group.id, { now: NOW });
    expect(loan).toMatchObject({ kind: "KUR", lender: "BRI Unit Tirtayasa", principalRupiah: 12_000_000n, termMonths: 12 });
    expect(loan!.repayments.map((r) => r.amountRupiah)).toEqual([1_000_000n, 1_000_000n]);
    // By 1 Dec 2026, five instalments (Jul–Nov 15) are due: 5.000.000 expected, 2.000.000 repaid.
    expect(loan!.schedule).toMatchObject({ status: "LATE", outstandingRupiah: 10_000_000n, expectedRupiah: 5_000_000n, behindRupiah: 3_000_000n, behindInstalments: 3 });
    // On 20 Aug both instalments due are paid: current.
    const [onTime] = await listGroupLoans(organizer, group.id, { now: new Date("2026-08-20T05:00:00Z") });
    expect(onTime!.schedule.status).toBe("CURRENT");

    const audits = await db.auditLog.findMany({ where: { villageCode: LONTAR }, orderBy: [{ at: "asc" }, { id: "asc" }] });
    expect(audits.map((a) => a.action)).toEqual(["group.loan-add", "group.loan-repayment", "group.loan-repayment"]);
    expect(audits[0]).toMatchObject({ entity: "Loan", entityId: loanId, actorId: organizer.id, ip: "10.0.0.9" });
    expect(audits[0]!.after).toMatchObject({ principalRupiah: "12000000", kind: "KUR", termMonths: 12, disbursedOn: "2026-06-15" });
    expect(audits[2]!.after).toMatchObject({ loanId, amountRupiah: "1000000", outstandingRupiah: "10000000" });
    expect(await db.loan.findUniqueOrThrow({ where: { id: loanId } })).toMatchObject({ version: 2 });
  });

  it("refuses a repayment larger than the balance, saying the balance, and writes nothing", async () => {
    const group = await createTestGroup(db, { villageCode: LONTAR });
    const { id: loanId } = await recordLoan(organizer, kurForm(group.id, { principalRupiah: "3.000.000" }), meta);
    await recordRepayment(organizer, { loanId, paidOn: "2026-07-15", amountRupiah: "2.500.000" }, meta);
    const before = await writes();
    expect(await refusal(recordRepayment(organizer, { loanId, paidOn: "2026-08-15", amountRupiah: "600.000" }, meta))).toEqual({
      field: "amountRupiah", key: "groupMoney:moreThanOutstanding", data: { outstanding: "Rp500.000" },
    });
    await recordRepayment(organizer, { loanId, paidOn: "2026-08-15", amountRupiah: "500.000" }, meta);
    const [loan] = await listGroupLoans(organizer, group.id, { now: NOW });
    expect(loan!.schedule).toMatchObject({ status: "PAID_OFF", outstandingRupiah: 0n });
    expect(await refusal(recordRepayment(organizer, { loanId, paidOn: "2026-08-16", amountRupiah: "1" }, meta))).toMatchObject({ key: "groupMoney:loanPaidOff" });
    expect((await writes()).repayments).toBe(before.repayments + 1);
  });

  it("refuses negative amounts, cents, future dates and a repayment before disbursement, writing nothing", async () => {
    const group = await createTestGroup(db, { villageCode: LONTAR });
    const { id: loanId } = await recordLoan(organizer, kurForm(group.id), meta);
    const before = await writes();
    const aid = { groupId: group.id, item: "Perahu fiber", valueRupiah: "15.000.000", giver: "Dinas Kelautan", givenOn: "2026-05-02" };
    expect(await refusal(recordAid(organizer, { ...aid, valueRupiah: "-15.000.000" }, meta))).toEqual({ field: "valueRupiah", key: "groupMoney:amountNegative" });
    expect(await refusal(recordAid(organizer, { ...aid, valueRupiah: "15.000.000,50" }, meta))).toEqual({ field: "valueRupiah", key: "groupMoney:rupiahNoCents" });
    expect(await refusal(recordAid(organizer, { ...aid, givenOn: "2026-12-02" }, meta))).toEqual({ field: "givenOn", key: "groupMoney:dateInFuture", data: undefined });
    expect(await refusal(recordLoan(organizer, kurForm(group.id, { principalRupiah: "-1" }), meta))).toMatchObject({ field: "principalRupiah", key: "groupMoney:amountNegative" });
    expect(await refusal(recordLoan(organizer, kurForm(group.id, { disbursedOn: "2027-01-01" }), meta))).toMatchObject({ field: "disbursedOn", key: "groupMoney:dateInFuture" });
    expect(await refusal(recordRepayment(organizer, { loanId, paidOn: "2026-07-15", amountRupiah: "-100.000" }, meta))).toMatchObject({ field: "amountRupiah", key: "groupMoney:amountNegative" });
    expect(await refusal(recordRepayment(organizer, { loanId, paidOn: "2026-07-15", amountRupiah: "100.000,25" }, meta))).toMatchObject({ field: "amountRupiah", key: "groupMoney:rupiahNoCents" });
    expect(await refusal(recordRepayment(organizer, { loanId, paidOn: "2026-06-14", amountRupiah: "100.000" }, meta))).toMatchObject({ field: "paidOn", key: "groupMoney:repaymentBeforeDisbursement" });
    expect(await refusal(recordRepayment(organizer, { loanId, paidOn: "2026-12-02", amountRupiah: "100.000" }, meta))).toMatchObject({ field: "paidOn", key: "groupMoney:dateInFuture" });
    const sales = { groupId: group.id, month: "2026-11", product: "Dodol rumput laut", quantity: "40", unit: "bungkus", revenueRupiah: "800.000", soldIn: "Serang" };
    expect(await refusal(recordSales(organizer, { ...sales, revenueRupiah: "-800.000" }, meta))).toMatchObject({ field: "revenueRupiah", key: "groupMoney:amountNegative" });
    expect(await refusal(recordSales(organizer, { ...sales, quantity: "-2" }, meta))).toMatchObject({ field: "quantity", key: "groupMoney:quantityNegative" });
    expect(await refusal(recordSales(organizer, { ...sales, month: "2026-12" }, { now: new Date("2026-11-30T16:59:00Z") }))).toMatchObject({ field: "month", key: "groupMoney:monthInFuture" });
    expect(await writes()).toEqual(before);
    // The current month is fine (WIB: 30 Nov 17:00 UTC is already 1 Dec).
    await recordSales(organizer, { ...sales, month: "2026-12" }, { now: new Date("2026-11-30T17:00:00Z") });
  });

  it("records aid with its total, and sales by month that can be corrected and deleted, audited", async () => {
    const group = await createTestGroup(db, { villageCode: LONTAR });
    await recordAid(organizer, { groupId: group.id, item: "Perahu fiber", valueRupiah: "15.000.000", giver: "Dinas Kelautan", givenOn: "2026-05-02" }, meta);
    await recordAid(official, { groupId: group.id, item: "Alat pengering", valueRupiah: "0", giver: "CSR PT Krakatau", givenOn: "2026-09-10" }, meta);
    const aid = await listGroupAid(staff, group.id);
    expect(aid.grants.map((g) => g.item)).toEqual(["Alat pengering", "Perahu fiber"]);
    expect(aid.totalRupiah).toBe(15_000_000n);

    const base = { groupId: group.id, product: "Rumput laut kering", unit: "kg", soldIn: "Serang" };
    await recordSales(organizer, { ...base, month: "2026-09", quantity: "300", revenueRupiah: "2.400.000" }, meta);
    const { id } = await recordSales(organizer, { ...base, month: "2026-10", quantity: "120,5", revenueRupiah: "1.000.000", soldIn: "" }, meta);
    await recordSales(organizer, { ...base, month: "2026-11", quantity: "410", revenueRupiah: "3.280.000", soldIn: "Tangerang" }, meta);
    await updateSales(official, { id, ...base, month: "2026-10", quantity: "125", revenueRupiah: "1.000.000", soldIn: "Cilegon" }, meta);
    expect((await listGroupSales(staff, group.id)).map((s) => [s.month, s.quantity, s.revenueRupiah, s.soldIn])).toEqual([
      ["2026-11", "410.00", 3_280_000n, "Tangerang"],
      ["2026-10", "125.00", 1_000_000n, "Cilegon"],
      ["2026-09", "300.00", 2_400_000n, "Serang"],
    ]);
    const update = await db.auditLog.findFirstOrThrow({ where: { action: "group.sales-update" } });
    expect(update).toMatchObject({ entityId: id, villageCode: LONTAR, before: { quantity: "120.50", soldIn: null }, after: { quantity: "125.00", soldIn: "Cilegon" } });

    await deleteSales(organizer, { id }, meta);
    expect(await listGroupSales(organizer, group.id)).toHaveLength(2);
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "group.sales-delete" } })).toMatchObject({ entityId: id, before: { month: "2026-10", revenueRupiah: "1000000" } });

    const money = await listGroupMoney(staff, group.id, { now: NOW });
    expect(money.aid.totalRupiah).toBe(15_000_000n);
    expect(money.sales).toHaveLength(2);
    expect(money.loans).toEqual([]);
  });

  it("hides another village's and another region's groups (NotFound) and refuses roles without the permission (Forbidden)", async () => {
    const group = await createTestGroup(db, { villageCode: LONTAR });
    const { id: loanId } = await recordLoan(organizer, kurForm(group.id), meta);
    const { id: salesId } = await recordSales(organizer, { groupId: group.id, month: "2026-11", product: "Kerang hijau", quantity: "50", unit: "kg", revenueRupiah: "750.000", soldIn: "" }, meta);
    const before = await writes();
    const aid = { groupId: group.id, item: "Jaring", valueRupiah: "500.000", giver: "Desa", givenOn: "2026-05-02" };

    for (const outsider of [organizerElsewhere, staffElsewhere]) {
      await expect(listGroupMoney(outsider, group.id)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(recordAid(organizerElsewhere, aid, meta)).rejects.toBeInstanceOf(NotFoundError);
    await expect(recordLoan(organizerElsewhere, kurForm(group.id), meta)).rejects.toBeInstanceOf(NotFoundError);
    await expect(recordRepayment(organizerElsewhere, { loanId, paidOn: "2026-07-15", amountRupiah: "1.000" }, meta)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateSales(organizerElsewhere, { id: salesId, month: "2026-11", product: "X", quantity: "1", unit: "kg", revenueRupiah: "1", soldIn: "" }, meta)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteSales(organizerElsewhere, { id: salesId }, meta)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listGroupLoans(staffElsewhere, group.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listGroupMoney(organizer, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);

    // BP3MI staff read but do not write; admins neither.
    await expect(recordAid(staff, aid, meta)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(recordRepayment(staff, { loanId, paidOn: "2026-07-15", amountRupiah: "1.000" }, meta)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listGroupMoney(admin, group.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listLateLoans(admin)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(recordLoan(admin, kurForm(group.id), meta)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await writes()).toEqual(before);
  });

  it("lists the late loans of the actor's scope, most behind first", async () => {
    const lontarA = await createTestGroup(db, { villageCode: LONTAR, name: "KKBM Rumput Laut" });
    const lontarB = await createTestGroup(db, { villageCode: LONTAR, name: "KKBM Kerang Hijau" });
    const susukan = await createTestGroup(db, { villageCode: SUSUKAN, name: "Jangkrik Susukan" });
    const pandeglang = await createTestGroup(db, { villageCode: SUMBERJAYA, name: "Olahan Sumberjaya" });
    // Lontar A: 12 jt / 12 from 15 Jun, one repayment → 5 due, 1 paid: 4 jt behind.
    const a = await recordLoan(organizer, kurForm(lontarA.id), meta);
    await recordRepayment(organizer, { loanId: a.id, paidOn: "2026-07-15", amountRupiah: "1.000.000" }, meta);
    // Lontar B: 6 jt / 6 from 15 Sep, nothing repaid → 2 due: 2 jt behind.
    await recordLoan(organizer, kurForm(lontarB.id, { principalRupiah: "6.000.000", termMonths: "6", disbursedOn: "2026-09-15", lender: "Bank BJB" }), meta);
    // Lontar B: current (paid ahead) and paid off: not late.
    const ahead = await recordLoan(organizer, kurForm(lontarB.id, { kind: "OTHER", principalRupiah: "2.000.000", disbursedOn: "2026-10-01" }), meta);
    await recordRepayment(organizer, { loanId: ahead.id, paidOn: "2026-10-05", amountRupiah: "1.000.000" }, meta);
    const paid = await recordLoan(organizer, kurForm(lontarB.id, { principalRupiah: "1.000.000", disbursedOn: "2026-01-10" }), meta);
    await recordRepayment(organizer, { loanId: paid.id, paidOn: "2026-03-10", amountRupiah: "1.000.000" }, meta);
    // Susukan: 24 jt / 12 from 15 Jun, nothing repaid → 5 due: 10 jt behind.
    await recordLoan(organizerElsewhere, kurForm(susukan.id, { principalRupiah: "24.000.000" }), meta);
    // Pandeglang (another kabupaten): late, outside Serang staff's scope.
    await db.loan.create({ data: { groupId: pandeglang.id, lender: "BRI", principalRupiah: 5_000_000n, disbursedOn: new Date("2026-01-01"), termMonths: 5 } });

    const mine = await listLateLoans(organizer, { now: NOW });
    expect(mine.map((l) => [l.group.name, l.schedule.behindRupiah])).toEqual([
      ["KKBM Rumput Laut", 4_000_000n],
      ["KKBM Kerang Hijau", 2_000_000n],
    ]);
    expect(mine[0]).toMatchObject({ group: { villageCode: LONTAR, villageName: "Lontar" }, schedule: { outstandingRupiah: 11_000_000n } });
    expect(mine[0]!.schedule.lastRepaymentOn).toEqual(new Date("2026-07-15T00:00:00Z"));
    expect(mine[1]!.schedule.lastRepaymentOn).toBeNull();

    const region = await listLateLoans(staff, { now: NOW });
    expect(region.map((l) => l.group.name)).toEqual(["Jangkrik Susukan", "KKBM Rumput Laut", "KKBM Kerang Hijau"]);
    expect((await listLateLoans(staffElsewhere, { now: NOW })).map((l) => l.group.name)).toEqual(["Olahan Sumberjaya"]);
  });

  it("lets only one of two repayments saved at once through when together they exceed the balance", async () => {
    const group = await createTestGroup(db, { villageCode: LONTAR });
    const { id: loanId } = await recordLoan(organizer, kurForm(group.id, { principalRupiah: "1.000.000" }), meta);
    const results = await Promise.allSettled([
      recordRepayment(organizer, { loanId, paidOn: "2026-07-15", amountRupiah: "700.000" }, meta),
      recordRepayment(official, { loanId, paidOn: "2026-07-15", amountRupiah: "700.000" }, meta),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(FieldError);
    expect(rejected.reason).toMatchObject({ field: "amountRupiah", messageKey: "groupMoney:moreThanOutstanding", data: { outstanding: "Rp300.000" } });
    const { _sum } = await db.loanRepayment.aggregate({ where: { loanId }, _sum: { amountRupiah: true } });
    expect(_sum.amountRupiah).toBe(700_000n);
  });
});
