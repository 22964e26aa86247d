// The repayment schedule rule of docs/decisions/026, pure: equal monthly instalments of
// principal ÷ term, the first due one month after disbursement; expected repaid by a day =
// instalment × instalments due by then (at most the principal). PAID_OFF when nothing is
// outstanding, LATE when the repayments are below the expected amount, CURRENT otherwise.
// Dates are calendar dates (UTC midnight, as Prisma returns @db.Date).

export type LoanStatus = "CURRENT" | "LATE" | "PAID_OFF";

export type LoanTerms = { principalRupiah: bigint; disbursedOn: Date; termMonths: number };

/** The day `months` months after `day`; the 31st becomes the last day of a shorter month. */
export function addMonths(day: Date, months: number): Date {
  const y = day.getUTCFullYear();
  const m = day.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(day.getUTCDate(), last)));
}

/** How many instalments fall due on or before `asOf` (0 … term). */
export function instalmentsDue(loan: Pick<LoanTerms, "disbursedOn" | "termMonths">, asOf: Date): number {
  let due = 0;
  while (due < loan.termMonths && addMonths(loan.disbursedOn, due + 1).getTime() <= asOf.getTime()) due += 1;
  return due;
}

/** What should have been repaid by `asOf`; rounded down, and exactly the principal once all are due. */
export function expectedRepaid(loan: LoanTerms, asOf: Date): bigint {
  if (loan.termMonths <= 0) return loan.principalRupiah;
  const due = BigInt(instalmentsDue(loan, asOf));
  return (loan.principalRupiah * due) / BigInt(loan.termMonths);
}

export type LoanStanding = { repaidRupiah: bigint; outstandingRupiah: bigint; expectedRupiah: bigint; behindRupiah: bigint; status: LoanStatus };

export function loanStanding(loan: LoanTerms, repaidRupiah: bigint, asOf: Date): LoanStanding {
  const outstanding = loan.principalRupiah - repaidRupiah;
  const expected = expectedRepaid(loan, asOf);
  const behind = expected > repaidRupiah ? expected - repaidRupiah : 0n;
  const status: LoanStatus = outstanding <= 0n ? "PAID_OFF" : behind > 0n ? "LATE" : "CURRENT";
  return { repaidRupiah, outstandingRupiah: outstanding > 0n ? outstanding : 0n, expectedRupiah: expected, behindRupiah: status === "LATE" ? behind : 0n, status };
}
