import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { caseScope } from "@/lib/cases/case-access";
import { addCaseEvent } from "@/lib/cases/case-events";
import { todayWib } from "@/lib/placements/dates";
import { FieldError } from "@/lib/validation/errors";
import { AUDITED_REFERRAL_FIELDS, findScopedReferral, referralEventData } from "./referral-access";
import { referralDateProblem, updateReferralSchema } from "./schemas";

/**
 * Records the agency's answer on a referral: when it acknowledged, when its answer is due,
 * the outcome. In any case status (an answer often comes after the case has moved on). The
 * form carries the referral's version: two people saving at once do not overwrite each other.
 */
export async function updateReferral(
  actor: Actor,
  rawInput: z.input<typeof updateReferralSchema>,
  meta: { ip?: string | null; now?: Date } = {},
): Promise<{ id: string; caseId: string; version: number }> {
  assertCan(actor, "case:refer");
  const { id, version, ...fields } = updateReferralSchema.parse(rawInput);
  const now = meta.now ?? new Date();

  return db.$transaction(async (tx) => {
    const { case: kase, ...before } = await findScopedReferral(tx, actor, id);
    if (before.version !== version) throw new FieldError("_form", "caseMoney:referralVersionConflict");
    const problem = referralDateProblem({ sentOn: before.sentOn, ...fields }, todayWib(now));
    if (problem) throw problem;

    const { count } = await tx.caseReferral.updateMany({ where: { id, version, case: caseScope(actor) }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) throw new FieldError("_form", "caseMoney:referralVersionConflict");
    const after = await tx.caseReferral.findUniqueOrThrow({ where: { id }, select: AUDITED_REFERRAL_FIELDS });

    await addCaseEvent(tx, actor, before.caseId, { kind: "REFERRAL", data: referralEventData(after, "updated"), at: now });
    await writeAudit(tx, {
      actor,
      action: "case.referral-update",
      entity: "CaseReferral",
      entityId: id,
      villageCode: kase.villageCode,
      before,
      after,
      ip: meta.ip,
    });
    return { id, caseId: before.caseId, version: after.version };
  });
}
