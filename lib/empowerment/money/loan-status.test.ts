import { describe, expect, it } from "vitest";
import { expectedRepaidBy, instalmentDueOn, instalmentOf, instalmentsDueBy, loanScheduleOn } from "./loan-status";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const iso = (x: Date | null) => x?.toISOString().slice(0, 10) ?? null;
const kur = { principalRupiah: 12_000_000n, disbursedOn: d("2026-01-15"), termMonths: 12 };

describe("instalmentDueOn", () => {
  it("falls due on the same day of the month, one month after disbursement first", () => {
    expect(iso(instalmentDueOn(d("2026-01-15"), 1))).toBe("2026-02-15");
    expect(iso(instalmentDueOn(d("2026-01-15"), 12))).toBe("2027-01-15");
  });
  it("uses the month's last day when the month is shorter, without shifting later ones", () => {
    expect(iso(instalmentDueOn(d("2026-01-31"), 1))).toBe("2026-02-28");
    expect(iso(instalmentDueOn(d("2028-01-31"), 1))).toBe("2028-02-29");
    expect(iso(instalmentDueOn(d("2026-01-31"), 2))).toBe("2026-03-31");
    expect(iso(instalmentDueOn(d("2026-01-31"), 3))).toBe("2026-04-30");
    expect(iso(instalmentDueOn(d("2026-03-30"), 11))).toBe("2027-02-28");
  });
  it("crosses years", () => {
    expect(iso(instalmentDueOn(d("2026-11-30"), 3))).toBe("2027-02-28");
    expect(iso(instalmentDueOn(d("2026-12-31"), 14))).toBe("2028-02-29");
  });
});

describe("instalmentOf", () => {
  it("divides the principal equally, rounded up to the rupiah", () => {
    expect(instalmentOf(12_000_000n, 12)).toBe(1_000_000n);
    expect(instalmentOf(10_000_000n, 3)).toBe(3_333_334n);
    expect(instalmentOf(1n, 360)).toBe(1n);
  });
});

describe("instalmentsDueBy", () => {
  it("counts nothing before the first due day and on disbursement day", () => {
    expect(instalmentsDueBy(kur, d("2026-01-15"))).toBe(0);
    expect(instalmentsDueBy(kur, d("2026-02-14"))).toBe(0);
    expect(instalmentsDueBy(kur, d("2025-12-01"))).toBe(0);
  });
  it("counts an instalment on its due day", () => {
    expect(instalmentsDueBy(kur, d("2026-02-15"))).toBe(1);
    expect(instalmentsDueBy(kur, d("2026-05-14"))).toBe(3);
    expect(instalmentsDueBy(kur, d("2026-05-15"))).toBe(4);
  });
  it("stops at the term", () => {
    expect(instalmentsDueBy(kur, d("2030-01-01"))).toBe(12);
  });
  it("counts the 28 February instalment of a loan disbursed on 31 January", () => {
    const loan = { disbursedOn: d("2026-01-31"), termMonths: 6 };
    expect(instalmentsDueBy(loan, d("2026-02-27"))).toBe(0);
    expect(instalmentsDueBy(loan, d("2026-02-28"))).toBe(1);
    expect(instalmentsDueBy(loan, d("2026-03-30"))).toBe(1);
    expect(instalmentsDueBy(loan, d("2026-03-31"))).toBe(2);
    expect(instalmentsDueBy({ disbursedOn: d("2028-01-31"), termMonths: 6 }, d("2028-02-28"))).toBe(0);
    expect(instalmentsDueBy({ disbursedOn: d("2028-01-31"), termMonths: 6 }, d("2028-02-29"))).toBe(1);
  });
});

describe("expectedRepaidBy", () => {
  it("is instalments due × instalment, at most the principal", () => {
    expect(expectedRepaidBy(kur, d("2026-04-20"))).toBe(3_000_000n);
    const odd = { principalRupiah: 10_000_000n, disbursedOn: d("2026-01-10"), termMonths: 3 };
    expect(expectedRepaidBy(odd, d("2026-03-10"))).toBe(6_666_668n);
    expect(expectedRepaidBy(odd, d("2026-04-10"))).toBe(10_000_000n);
  });
});

describe("loanScheduleOn", () => {
  it("is CURRENT before the first instalment falls due", () => {
    const s = loanScheduleOn(kur, [], d("2026-02-01"));
    expect(s).toMatchObject({ status: "CURRENT", outstandingRupiah: 12_000_000n, behindRupiah: 0n, instalmentsDue: 0, lastRepaymentOn: null });
    expect(iso(s.nextDueOn)).toBe("2026-02-15");
  });
  it("is LATE when the repayments are below the expected amount, with how much behind", () => {
    const s = loanScheduleOn(kur, [{ paidOn: d("2026-02-15"), amountRupiah: 1_000_000n }], d("2026-04-16"));
    expect(s).toMatchObject({ status: "LATE", instalmentsDue: 3, expectedRupiah: 3_000_000n, repaidRupiah: 1_000_000n, outstandingRupiah: 11_000_000n, behindRupiah: 2_000_000n, behindInstalments: 2 });
    expect(iso(s.lastRepaymentOn)).toBe("2026-02-15");
    expect(iso(s.nextDueOn)).toBe("2026-05-15");
  });
  it("counts one rupiah short as an instalment behind", () => {
    const s = loanScheduleOn(kur, [{ paidOn: d("2026-02-15"), amountRupiah: 999_999n }], d("2026-02-20"));
    expect(s).toMatchObject({ status: "LATE", behindRupiah: 1n, behindInstalments: 1 });
  });
  it("is CURRENT when paid ahead", () => {
    const s = loanScheduleOn(kur, [{ paidOn: d("2026-01-20"), amountRupiah: 5_000_000n }], d("2026-04-16"));
    expect(s).toMatchObject({ status: "CURRENT", behindRupiah: 0n, outstandingRupiah: 7_000_000n });
  });
  it("is PAID_OFF when nothing is outstanding, even before the term ends", () => {
    const s = loanScheduleOn(kur, [{ paidOn: d("2026-03-01"), amountRupiah: 12_000_000n }], d("2026-03-02"));
    expect(s).toMatchObject({ status: "PAID_OFF", outstandingRupiah: 0n, behindRupiah: 0n, nextDueOn: null });
  });
  it("is LATE after the term with something still outstanding", () => {
    const s = loanScheduleOn(kur, [{ paidOn: d("2026-06-01"), amountRupiah: 11_000_000n }], d("2027-06-01"));
    expect(s).toMatchObject({ status: "LATE", expectedRupiah: 12_000_000n, behindRupiah: 1_000_000n, nextDueOn: null });
  });
  it("ignores repayments dated after the day", () => {
    const s = loanScheduleOn(kur, [{ paidOn: d("2026-05-01"), amountRupiah: 3_000_000n }], d("2026-04-16"));
    expect(s).toMatchObject({ repaidRupiah: 0n, status: "LATE", behindRupiah: 3_000_000n });
  });
  it("treats a loan disbursed on 31 January as late on 28 February without a repayment", () => {
    const loan = { principalRupiah: 6_000_000n, disbursedOn: d("2026-01-31"), termMonths: 6 };
    expect(loanScheduleOn(loan, [], d("2026-02-27")).status).toBe("CURRENT");
    expect(loanScheduleOn(loan, [], d("2026-02-28"))).toMatchObject({ status: "LATE", behindRupiah: 1_000_000n });
    expect(loanScheduleOn(loan, [{ paidOn: d("2026-02-28"), amountRupiah: 1_000_000n }], d("2026-03-30")).status).toBe("CURRENT");
  });
});
