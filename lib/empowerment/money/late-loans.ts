import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import { groupScope } from "./group-access";
import { LOAN_FIELDS, viewOfLoan, type LoanView } from "./loans";

export type LateLoan = LoanView & { group: { id: string; name: string; villageCode: string; villageName: string } };

/**
 * Every LATE loan of the groups in the actor's villages, most behind first (docs/decisions/026),
 * then the oldest disbursement. The status is computed, so the loans with something
 * outstanding are read and sorted here; a village has a handful of loans, a province a few hundred.
 */
export async function listLateLoans(actor: Actor, opts: { now?: Date } = {}): Promise<LateLoan[]> {
  assertCan(actor, "group:read");
  const loans = await db.loan.findMany({
    where: { group: groupScope(actor) },
    select: { ...LOAN_FIELDS, group: { select: { id: true, name: true, villageCode: true, village: { select: { region: { select: { name: true } } } } } } },
  });
  return loans
    .map(({ group, ...loan }) => ({ ...viewOfLoan(loan, opts.now), group: { id: group.id, name: group.name, villageCode: group.villageCode, villageName: group.village.region.name } }))
    .filter((l) => l.schedule.status === "LATE")
    .sort((a, b) => {
      const byBehind = b.schedule.behindRupiah - a.schedule.behindRupiah;
      if (byBehind !== 0n) return byBehind > 0n ? 1 : -1;
      return a.disbursedOn.getTime() - b.disbursedOn.getTime() || a.id.localeCompare(b.id);
    });
}
