import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";
import { NotFoundError, type Actor } from "@/lib/authz";
import { caseScope } from "@/lib/cases/case-access";
import type { CaseEventData } from "@/lib/cases/case-events";

// A claim is scoped through its case: another region's claim, looked up by id, is NotFound.

export const CLAIM_FIELDS = {
  id: true,
  caseId: true,
  kind: true,
  currency: true,
  amountClaimed: true,
  amountRecovered: true,
  note: true,
  version: true,
} as const satisfies Prisma.CaseClaimSelect;

type ClaimRow = Prisma.CaseClaimGetPayload<{ select: typeof CLAIM_FIELDS }>;

/** The claim for the audit log and the timeline: amounts as exact decimal text ("4500.50"). */
export function plainClaim(row: ClaimRow) {
  return { ...row, amountClaimed: row.amountClaimed.toFixed(2), amountRecovered: row.amountRecovered.toFixed(2) };
}
export type PlainClaim = ReturnType<typeof plainClaim>;

export async function findScopedClaim(tx: Tx, actor: Actor, id: string): Promise<PlainClaim & { case: { villageCode: string; status: string } }> {
  const found = await tx.caseClaim.findFirst({
    where: { id, case: caseScope(actor) },
    select: { ...CLAIM_FIELDS, case: { select: { villageCode: true, status: true } } },
  });
  if (!found) throw new NotFoundError("CaseClaim");
  const { case: kase, ...claim } = found;
  return { ...plainClaim(claim), case: kase };
}

export function claimEventData(claim: PlainClaim, change: "created" | "updated"): CaseEventData["CLAIM"] {
  return { claimId: claim.id, kind: claim.kind, currency: claim.currency, amountClaimed: claim.amountClaimed, amountRecovered: claim.amountRecovered, change };
}
