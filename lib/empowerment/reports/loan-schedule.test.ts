import { describe, expect, it } from "vitest";
import { addMonths, expectedRepaid, instalmentsDue, loanStanding } from "./loan-schedule";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const loan = { principalRupiah: 12_000_000n, disbursedOn: d("2026-01-15"), termMonths: 12 };

describe("loan schedule (decision 026)", () => {
  it("adds months, the 31st becoming the last day of a shorter month", () => {
    expect(addMonths(d("2026-01-31"), 1)).toEqual(d("2026-02-28"));
    expect(addMonths(d("2024-01-31"), 1)).toEqual(d("2024-02-29"));
    expect(addMonths(d("2026-11-15"), 2)).toEqual(d("2027-01-15"));
  });

  it("counts instalments due on or before the day, at most the term", () => {
    expect(instalmentsDue(loan, d("2026-02-14"))).toBe(0);
    expect(instalmentsDue(loan, d("2026-02-15"))).toBe(1);
    expect(instalmentsDue(loan, d("2026-05-20"))).toBe(4);
    expect(instalmentsDue(loan, d("2030-01-01"))).toBe(12);
  });

  it("expects instalment × due, exactly the principal at the end, rounded down in between", () => {
    expect(expectedRepaid(loan, d("2026-05-20"))).toBe(4_000_000n);
    expect(expectedRepaid({ ...loan, principalRupiah: 10_000_000n, termMonths: 3 }, d("2026-02-15"))).toBe(3_333_333n);
    expect(expectedRepaid({ ...loan, principalRupiah: 10_000_000n, termMonths: 3 }, d("2026-04-15"))).toBe(10_000_000n);
  });

  it("is CURRENT before the first instalment and when repayments keep up", () => {
    expect(loanStanding(loan, 0n, d("2026-02-01")).status).toBe("CURRENT");
    expect(loanStanding(loan, 2_000_000n, d("2026-03-20"))).toMatchObject({ status: "CURRENT", outstandingRupiah: 10_000_000n });
  });

  it("is LATE below the expected amount, saying by how much", () => {
    expect(loanStanding(loan, 1_000_000n, d("2026-03-20"))).toMatchObject({ status: "LATE", behindRupiah: 1_000_000n, outstandingRupiah: 11_000_000n });
  });

  it("is PAID_OFF when nothing is outstanding, even after the term", () => {
    expect(loanStanding(loan, 12_000_000n, d("2028-01-01"))).toMatchObject({ status: "PAID_OFF", outstandingRupiah: 0n, behindRupiah: 0n });
  });
});
