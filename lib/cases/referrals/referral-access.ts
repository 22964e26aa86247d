import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";
import { NotFoundError, type Actor } from "@/lib/authz";
import { caseScope } from "@/lib/cases/case-access";

// A referral is scoped through its case: another region's referral, looked up by id, is
// NotFound like its case.

export const AUDITED_REFERRAL_FIELDS = {
  id: true,
  caseId: true,
  agency: true,
  countryCode: true,
  agencyName: true,
  sentOn: true,
  acknowledgedOn: true,
  dueOn: true,
  outcome: true,
  version: true,
} as const satisfies Prisma.CaseReferralSelect;

export type AuditedReferral = Prisma.CaseReferralGetPayload<{ select: typeof AUDITED_REFERRAL_FIELDS }>;

export async function findScopedReferral(tx: Tx, actor: Actor, id: string): Promise<AuditedReferral & { case: { villageCode: string } }> {
  const found = await tx.caseReferral.findFirst({
    where: { id, case: caseScope(actor) },
    select: { ...AUDITED_REFERRAL_FIELDS, case: { select: { villageCode: true } } },
  });
  if (!found) throw new NotFoundError("CaseReferral");
  return found;
}

/** The referral as the timeline entry's data (CaseEventData["REFERRAL"]). */
export function referralEventData(r: Pick<AuditedReferral, "id" | "agency" | "countryCode" | "agencyName">, change: "created" | "updated") {
  return { referralId: r.id, agency: r.agency, countryCode: r.countryCode, agencyName: r.agencyName, change };
}
