import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";
import { NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { UUID } from "@/lib/registry/schemas";
import { FieldError } from "@/lib/validation/errors";

// Shared by the case data functions: the fields an audit entry records, and the look-up
// every read and write of one case starts with. A case outside the actor's villages is
// NotFound, so its existence is not revealed.

export const AUDITED_CASE_FIELDS = {
  id: true,
  number: true,
  villageCode: true,
  personId: true,
  placementId: true,
  workerName: true,
  workerDescription: true,
  reporterName: true,
  reporterRelation: true,
  reporterPhone: true,
  reporterAddress: true,
  category: true,
  countryCode: true,
  whatHappened: true,
  happenedOn: true,
  urgent: true,
  status: true,
  closeReason: true,
  dueAt: true,
  missedDeadline: true,
  handlerId: true,
  verifiedAt: true,
  resolvedAt: true,
  closedAt: true,
  version: true,
} as const satisfies Prisma.CaseSelect;

export type AuditedCase = Prisma.CaseGetPayload<{ select: typeof AUDITED_CASE_FIELDS }>;

/** The actor's scope as a Case filter (the case's village). */
export function caseScope(actor: Actor): Prisma.CaseWhereInput {
  return villageScope(actor);
}

export async function findScopedCase(tx: Tx, actor: Actor, id: string): Promise<AuditedCase> {
  if (!UUID.test(id)) throw new NotFoundError("Case");
  const found = await tx.case.findFirst({ where: { AND: [{ id }, caseScope(actor)] }, select: AUDITED_CASE_FIELDS });
  if (!found) throw new NotFoundError("Case");
  return found;
}

/**
 * Raises the case's version if it is still `version` (optimistic locking): a second person
 * saving from an older page is told so instead of overwriting the first.
 */
export async function bumpCaseVersion(tx: Tx, actor: Actor, id: string, version: number, data: Prisma.CaseUncheckedUpdateManyInput = {}): Promise<void> {
  const { count } = await tx.case.updateMany({
    where: { AND: [{ id, version }, caseScope(actor)] },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw new FieldError("_form", "cases:versionConflict");
}
