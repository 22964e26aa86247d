import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { findScopedCase } from "@/lib/cases/case-access";
import { addCaseEvent } from "@/lib/cases/case-events";
import { FieldError } from "@/lib/validation/errors";
import { CLAIM_FIELDS, claimEventData, plainClaim } from "./claim-access";
import { centsToDecimal } from "./money";
import { claimAmountProblem, createClaimSchema } from "./schemas";

/**
 * Records money claimed on a case (unpaid wages, fees charged over the cost structure,
 * insurance, BPJS, repatriation costs) in its own currency. Any status but CLOSED: a claim
 * is often known at intake; a closed case is reopened first. Timeline entry CLAIM, audit
 * entry `case.claim-add`, one transaction.
 */
export async function createClaim(
  actor: Actor,
  rawInput: z.input<typeof createClaimSchema>,
  meta: { ip?: string | null; now?: Date } = {},
): Promise<{ id: string; caseId: string }> {
  assertCan(actor, "case:claim");
  const input = createClaimSchema.parse(rawInput);
  const problem = claimAmountProblem(input);
  if (problem) throw problem;

  return db.$transaction(async (tx) => {
    const kase = await findScopedCase(tx, actor, input.caseId);
    if (kase.status === "CLOSED") throw new FieldError("_form", "caseMoney:claimOnClosedCase");
    const claim = plainClaim(
      await tx.caseClaim.create({
        data: {
          caseId: kase.id,
          kind: input.kind,
          currency: input.currency,
          amountClaimed: centsToDecimal(input.amountClaimed),
          amountRecovered: centsToDecimal(input.amountRecovered),
          note: input.note,
          createdById: actor.id,
        },
        select: CLAIM_FIELDS,
      }),
    );
    await addCaseEvent(tx, actor, kase.id, { kind: "CLAIM", data: claimEventData(claim, "created"), at: meta.now });
    await writeAudit(tx, {
      actor,
      action: "case.claim-add",
      entity: "CaseClaim",
      entityId: claim.id,
      villageCode: kase.villageCode,
      after: claim,
      ip: meta.ip,
    });
    return { id: claim.id, caseId: kase.id };
  });
}
