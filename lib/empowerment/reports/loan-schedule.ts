// The reports' view of a loan: its standing from the total repaid (summed in SQL), by the one
// schedule rule of docs/decisions/026 (lib/empowerment/money/loan-status.ts), so the profile,
// the charts and the loan forms always agree. Pure.
import { loanScheduleOn, type LoanStatus, type LoanTerms } from "@/lib/empowerment/money/loan-status";

export type { LoanStatus, LoanTerms };

export type LoanStanding = { repaidRupiah: bigint; outstandingRupiah: bigint; expectedRupiah: bigint; behindRupiah: bigint; status: LoanStatus };

/** The loan's standing on `asOf`, given everything repaid by then. */
export function loanStanding(loan: LoanTerms, repaidRupiah: bigint, asOf: Date): LoanStanding {
  const s = loanScheduleOn(loan, repaidRupiah > 0n ? [{ paidOn: asOf, amountRupiah: repaidRupiah }] : [], asOf);
  return { repaidRupiah: s.repaidRupiah, outstandingRupiah: s.outstandingRupiah, expectedRupiah: s.expectedRupiah, behindRupiah: s.behindRupiah, status: s.status };
}
