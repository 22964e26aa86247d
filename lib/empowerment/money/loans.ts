import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { formatRupiah } from "@/lib/i18n/format";
import { todayWib, toDateInput } from "@/lib/placements/dates";
import { UUID } from "@/lib/registry/schemas";
import { FieldError } from "@/lib/validation/errors";
import { findScopedGroup, groupScope, refuseFuture } from "./group-access";
import { loanScheduleOn, type LoanSchedule } from "./loan-status";
import { recordLoanSchema, recordRepaymentSchema } from "./schemas";

export type RepaymentRow = { id: string; paidOn: Date; amountRupiah: bigint };
export type LoanView = {
  id: string;
  groupId: string;
  kind: "KUR" | "OTHER";
  lender: string;
  principalRupiah: bigint;
  disbursedOn: Date;
  termMonths: number;
  /** Oldest first. */
  repayments: RepaymentRow[];
  /** Status, outstanding, how much behind, on today's date (WIB). */
  schedule: LoanSchedule;
};

export const LOAN_FIELDS = {
  id: true,
  groupId: true,
  kind: true,
  lender: true,
  principalRupiah: true,
  disbursedOn: true,
  termMonths: true,
  repayments: { select: { id: true, paidOn: true, amountRupiah: true }, orderBy: [{ paidOn: "asc" }, { createdAt: "asc" }] },
} satisfies Prisma.LoanSelect;

type LoanRow = Omit<LoanView, "schedule">;

export function viewOfLoan(loan: LoanRow, now: Date = new Date()): LoanView {
  return { ...loan, schedule: loanScheduleOn(loan, loan.repayments, todayWib(now)) };
}

/** Records a loan to a group (KUR or other). Audit `group.loan-add`. */
export async function recordLoan(
  actor: Actor,
  rawInput: z.input<typeof recordLoanSchema>,
  meta: { ip?: string | null; now?: Date } = {},
): Promise<{ id: string; groupId: string }> {
  assertCan(actor, "group:write");
  const input = recordLoanSchema.parse(rawInput);
  refuseFuture("disbursedOn", input.disbursedOn, meta.now);
  return db.$transaction(async (tx) => {
    const group = await findScopedGroup(tx, actor, input.groupId);
    const loan = await tx.loan.create({
      data: { groupId: group.id, kind: input.kind, lender: input.lender, principalRupiah: input.principalRupiah, disbursedOn: input.disbursedOn, termMonths: input.termMonths },
    });
    await writeAudit(tx, {
      actor,
      action: "group.loan-add",
      entity: "Loan",
      entityId: loan.id,
      villageCode: group.villageCode,
      after: { groupId: group.id, kind: loan.kind, lender: loan.lender, principalRupiah: loan.principalRupiah.toString(), disbursedOn: toDateInput(loan.disbursedOn), termMonths: loan.termMonths },
      ip: meta.ip,
    });
    return { id: loan.id, groupId: group.id };
  });
}

/**
 * Records a repayment: not before the disbursement, not in the future, and not more than the
 * outstanding balance (the refusal says the balance). The loan row is locked first (its
 * version is raised), so two repayments saved at once are checked one after the other and
 * cannot together repay more than the principal. Audit `group.loan-repayment`.
 */
export async function recordRepayment(
  actor: Actor,
  rawInput: z.input<typeof recordRepaymentSchema>,
  meta: { ip?: string | null; now?: Date } = {},
): Promise<{ id: string; loanId: string; groupId: string }> {
  assertCan(actor, "group:write");
  const input = recordRepaymentSchema.parse(rawInput);
  refuseFuture("paidOn", input.paidOn, meta.now);
  if (!UUID.test(input.loanId)) throw new NotFoundError("Loan");
  return db.$transaction(async (tx) => {
    const found = await tx.loan.findFirst({
      where: { id: input.loanId, group: groupScope(actor) },
      select: { id: true, groupId: true, principalRupiah: true, disbursedOn: true, group: { select: { villageCode: true } } },
    });
    if (!found) throw new NotFoundError("Loan");
    // The UPDATE takes the row lock; the sum below is read after it, so it sees a repayment
    // another transaction committed while this one waited.
    await tx.loan.update({ where: { id: found.id }, data: { version: { increment: 1 } } });
    if (input.paidOn.getTime() < found.disbursedOn.getTime()) throw new FieldError("paidOn", "groupMoney:repaymentBeforeDisbursement");
    const { _sum } = await tx.loanRepayment.aggregate({ where: { loanId: found.id }, _sum: { amountRupiah: true } });
    const outstanding = found.principalRupiah - (_sum.amountRupiah ?? 0n);
    if (outstanding <= 0n) throw new FieldError("amountRupiah", "groupMoney:loanPaidOff");
    if (input.amountRupiah > outstanding) {
      throw new FieldError("amountRupiah", "groupMoney:moreThanOutstanding", { outstanding: formatRupiah(outstanding) });
    }
    const repayment = await tx.loanRepayment.create({ data: { loanId: found.id, paidOn: input.paidOn, amountRupiah: input.amountRupiah } });
    await writeAudit(tx, {
      actor,
      action: "group.loan-repayment",
      entity: "LoanRepayment",
      entityId: repayment.id,
      villageCode: found.group.villageCode,
      after: { loanId: found.id, paidOn: toDateInput(repayment.paidOn), amountRupiah: repayment.amountRupiah.toString(), outstandingRupiah: (outstanding - repayment.amountRupiah).toString() },
      ip: meta.ip,
    });
    return { id: repayment.id, loanId: found.id, groupId: found.groupId };
  });
}

/** A group's loans, newest first, each with its repayments and its status today. */
export async function listGroupLoans(actor: Actor, groupId: string, opts: { now?: Date } = {}): Promise<LoanView[]> {
  assertCan(actor, "group:read");
  const group = await findScopedGroup(db, actor, groupId);
  const loans = await db.loan.findMany({ where: { groupId: group.id }, orderBy: [{ disbursedOn: "desc" }, { createdAt: "desc" }], select: LOAN_FIELDS });
  return loans.map((l) => viewOfLoan(l, opts.now));
}
