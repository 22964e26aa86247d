// A loan's schedule and status, computed rather than stored (docs/decisions/026). Pure.
// Equal monthly instalments of principal ÷ term, the first due one month after disbursement;
// expected repaid by a day = instalment × instalments due by then, at most the principal;
// PAID_OFF when nothing is outstanding, LATE when the repayments are below the expected
// amount, CURRENT otherwise. Dates are calendar days as UTC midnight (lib/placements/dates.ts).

export type LoanStatus = "CURRENT" | "LATE" | "PAID_OFF";
export const LOAN_STATUSES: readonly LoanStatus[] = ["CURRENT", "LATE", "PAID_OFF"];

export type LoanTerms = { principalRupiah: bigint; disbursedOn: Date; termMonths: number };
export type Repayment = { paidOn: Date; amountRupiah: bigint };

export type LoanSchedule = {
  /** The monthly instalment, rounded up to the rupiah (the last one is then a little smaller). */
  instalmentRupiah: bigint;
  /** Instalments that have fallen due by the day (0 … term). */
  instalmentsDue: number;
  expectedRupiah: bigint;
  repaidRupiah: bigint;
  outstandingRupiah: bigint;
  status: LoanStatus;
  /** How much is missing to be current (0 when CURRENT or PAID_OFF). */
  behindRupiah: bigint;
  /** The same in instalments, rounded up (one rupiah short counts as one instalment). */
  behindInstalments: number;
  /** The next instalment's due day after `day`, null when all have fallen due or it is paid off. */
  nextDueOn: Date | null;
  lastRepaymentOn: Date | null;
};

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/**
 * The day instalment `n` (1-based) falls due: `n` months after disbursement, on the same day
 * of the month, or that month's last day when it is shorter (31 Jan → 28/29 Feb, then 31 Mar).
 * Counted from the disbursement each time, so a short month does not shift later ones.
 */
export function instalmentDueOn(disbursedOn: Date, n: number): Date {
  const total = disbursedOn.getUTCMonth() + n;
  const year = disbursedOn.getUTCFullYear() + Math.floor(total / 12);
  const month = ((total % 12) + 12) % 12;
  return new Date(Date.UTC(year, month, Math.min(disbursedOn.getUTCDate(), daysInMonth(year, month))));
}

export function instalmentOf(principalRupiah: bigint, termMonths: number): bigint {
  const term = BigInt(termMonths);
  return (principalRupiah + term - 1n) / term;
}

/** Instalments due on or before `day`. */
export function instalmentsDueBy(terms: Pick<LoanTerms, "disbursedOn" | "termMonths">, day: Date): number {
  // Months between, then at most one step back when the day of the month is not reached yet.
  const months = (day.getUTCFullYear() - terms.disbursedOn.getUTCFullYear()) * 12 + (day.getUTCMonth() - terms.disbursedOn.getUTCMonth());
  let n = Math.min(Math.max(months, 0), terms.termMonths);
  while (n > 0 && instalmentDueOn(terms.disbursedOn, n).getTime() > day.getTime()) n -= 1;
  return n;
}

/** What should have been repaid by the end of `day`. */
export function expectedRepaidBy(terms: LoanTerms, day: Date): bigint {
  const expected = instalmentOf(terms.principalRupiah, terms.termMonths) * BigInt(instalmentsDueBy(terms, day));
  return expected < terms.principalRupiah ? expected : terms.principalRupiah;
}

/** The loan's schedule and status on `day` (today), from the repayments made by then. */
export function loanScheduleOn(terms: LoanTerms, repayments: readonly Repayment[], day: Date): LoanSchedule {
  const instalment = instalmentOf(terms.principalRupiah, terms.termMonths);
  const instalmentsDue = instalmentsDueBy(terms, day);
  const expected = expectedRepaidBy(terms, day);
  let repaid = 0n;
  let lastRepaymentOn: Date | null = null;
  for (const r of repayments) {
    if (r.paidOn.getTime() > day.getTime()) continue;
    repaid += r.amountRupiah;
    if (!lastRepaymentOn || r.paidOn.getTime() > lastRepaymentOn.getTime()) lastRepaymentOn = r.paidOn;
  }
  const outstanding = terms.principalRupiah > repaid ? terms.principalRupiah - repaid : 0n;
  const status: LoanStatus = outstanding === 0n ? "PAID_OFF" : repaid < expected ? "LATE" : "CURRENT";
  const behind = status === "LATE" ? expected - repaid : 0n;
  return {
    instalmentRupiah: instalment,
    instalmentsDue,
    expectedRupiah: expected,
    repaidRupiah: repaid,
    outstandingRupiah: outstanding,
    status,
    behindRupiah: behind,
    behindInstalments: behind === 0n ? 0 : Number((behind + instalment - 1n) / instalment),
    nextDueOn: status === "PAID_OFF" || instalmentsDue >= terms.termMonths ? null : instalmentDueOn(terms.disbursedOn, instalmentsDue + 1),
    lastRepaymentOn,
  };
}
