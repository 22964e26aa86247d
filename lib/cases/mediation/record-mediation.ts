import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { findScopedCase } from "@/lib/cases/case-access";
import { addCaseEvent } from "@/lib/cases/case-events";
import { toDateInput, todayWib } from "@/lib/placements/dates";
import { FieldError } from "@/lib/validation/errors";
import type { CaseStatus } from "@/lib/cases/workflow";
import { mayRecordMediation, recordMediationSchema } from "./schemas";

/**
 * Records a berita acara mediasi: who met, when, where, what they agreed. Only while the
 * case is IN_MEDIATION (mayRecordMediation says why). Timeline entry MEDIATION, audit entry
 * `case.mediation-add`. The case's status and version are not changed.
 */
export async function recordMediation(
  actor: Actor,
  rawInput: z.input<typeof recordMediationSchema>,
  meta: { ip?: string | null; now?: Date } = {},
): Promise<{ id: string; caseId: string }> {
  assertCan(actor, "case:mediate");
  const input = recordMediationSchema.parse(rawInput);
  const now = meta.now ?? new Date();
  if (input.heldOn > todayWib(now)) throw new FieldError("heldOn", "caseMoney:heldInFuture");

  return db.$transaction(async (tx) => {
    const kase = await findScopedCase(tx, actor, input.caseId);
    // Hold the case row until commit, so a step taken at the same moment (resolve, refer)
    // waits, and the status read here is still the status when the record is written.
    const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT "status"::text AS "status" FROM "Case" WHERE "id" = ${kase.id}::uuid FOR UPDATE`;
    if (!locked || !mayRecordMediation(locked.status as CaseStatus)) throw new FieldError("_form", "caseMoney:mediationNotInMediation");

    const mediation = await tx.caseMediation.create({
      data: {
        caseId: kase.id,
        heldOn: input.heldOn,
        place: input.place,
        mediatorName: input.mediatorName,
        parties: input.parties,
        agreement: input.agreement,
        outcome: input.outcome,
        createdById: actor.id,
      },
      select: { id: true, caseId: true, heldOn: true, place: true, mediatorName: true, parties: true, agreement: true, outcome: true },
    });
    await addCaseEvent(tx, actor, kase.id, {
      kind: "MEDIATION",
      data: { mediationId: mediation.id, outcome: mediation.outcome, heldOn: toDateInput(mediation.heldOn) },
      at: now,
    });
    await writeAudit(tx, {
      actor,
      action: "case.mediation-add",
      entity: "CaseMediation",
      entityId: mediation.id,
      villageCode: kase.villageCode,
      after: mediation,
      ip: meta.ip,
    });
    return { id: mediation.id, caseId: kase.id };
  });
}
