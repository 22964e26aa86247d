import { describe, expect, it } from "vitest";
import { loanScheduleOn } from "@/lib/empowerment/money/loan-status";
import { loanStanding } from "./loan-schedule";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const kur = { principalRupiah: 12_000_000n, disbursedOn: d("2026-01-15"), termMonths: 12 };

describe("loanStanding (reports)", () => {
  it("agrees with the loan forms' schedule for the same repayments", () => {
    const repayments = [{ paidOn: d("2026-02-15"), amountRupiah: 1_000_000n }, { paidOn: d("2026-03-15"), amountRupiah: 1_000_000n }];
    const day = d("2026-06-20");
    const full = loanScheduleOn(kur, repayments, day);
    expect(loanStanding(kur, 2_000_000n, day)).toEqual({
      repaidRupiah: full.repaidRupiah, outstandingRupiah: full.outstandingRupiah, expectedRupiah: full.expectedRupiah, behindRupiah: full.behindRupiah, status: full.status,
    });
    expect(loanStanding(kur, 2_000_000n, day)).toMatchObject({ status: "LATE", outstandingRupiah: 10_000_000n, behindRupiah: 3_000_000n });
  });
  it("is paid off when nothing is outstanding, current when on schedule", () => {
    expect(loanStanding(kur, 12_000_000n, d("2026-03-01")).status).toBe("PAID_OFF");
    expect(loanStanding(kur, 1_000_000n, d("2026-03-01")).status).toBe("CURRENT");
    expect(loanStanding(kur, 0n, d("2026-01-20")).status).toBe("CURRENT");
  });
});
