import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { caseScope } from "@/lib/cases/case-access";
import { addCaseEvent } from "@/lib/cases/case-events";
import { FieldError } from "@/lib/validation/errors";
import { CLAIM_FIELDS, claimEventData, findScopedClaim, plainClaim } from "./claim-access";
import { centsToDecimal } from "./money";
import { claimAmountProblem, updateClaimSchema } from "./schemas";

/**
 * Records what was recovered on a claim so far (and corrects the amount claimed or the
 * note). In any case status, a closed case too: money often arrives after the case is
 * closed. The form carries the claim's version, so two people saving at once do not
 * overwrite each other.
 */
export async function updateClaim(
  actor: Actor,
  rawInput: z.input<typeof updateClaimSchema>,
  meta: { ip?: string | null; now?: Date } = {},
): Promise<{ id: string; caseId: string; version: number }> {
  assertCan(actor, "case:claim");
  const { id, version, ...fields } = updateClaimSchema.parse(rawInput);

  return db.$transaction(async (tx) => {
    const { case: kase, ...before } = await findScopedClaim(tx, actor, id);
    if (before.version !== version) throw new FieldError("_form", "caseMoney:claimVersionConflict");
    const problem = claimAmountProblem({ currency: before.currency, ...fields });
    if (problem) throw problem;

    const { count } = await tx.caseClaim.updateMany({
      where: { id, version, case: caseScope(actor) },
      data: { amountClaimed: centsToDecimal(fields.amountClaimed), amountRecovered: centsToDecimal(fields.amountRecovered), note: fields.note, version: { increment: 1 } },
    });
    if (count === 0) throw new FieldError("_form", "caseMoney:claimVersionConflict");
    const after = plainClaim(await tx.caseClaim.findUniqueOrThrow({ where: { id }, select: CLAIM_FIELDS }));

    await addCaseEvent(tx, actor, before.caseId, { kind: "CLAIM", data: claimEventData(after, "updated"), at: meta.now });
    await writeAudit(tx, {
      actor,
      action: "case.claim-update",
      entity: "CaseClaim",
      entityId: id,
      villageCode: kase.villageCode,
      before,
      after,
      ip: meta.ip,
    });
    return { id, caseId: before.caseId, version: after.version };
  });
}
