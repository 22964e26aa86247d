import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { addCaseEvent } from "@/lib/cases/case-events";
import { takeStep } from "@/lib/cases/take-step";
import { todayWib } from "@/lib/placements/dates";
import { FieldError } from "@/lib/validation/errors";
import { AUDITED_REFERRAL_FIELDS, referralEventData } from "./referral-access";
import { createReferralSchema, referralDateProblem } from "./schemas";

/**
 * Refers a case to an agency. A referral is the workflow step "refer" (VERIFIED,
 * IN_MEDIATION or REFERRED → REFERRED), so it goes through takeStep with the case's version:
 * the status, the next due time and the step's STATUS entry and audit entry. In the same
 * transaction: the referral row, its own REFERRAL timeline entry (the agency, so the
 * timeline reads "referred to KBRI Kuala Lumpur" and a referral's history is one kind of
 * entry, created then updated) and the audit entry `case.referral-add`.
 */
export async function createReferral(
  actor: Actor,
  rawInput: z.input<typeof createReferralSchema>,
  meta: { ip?: string | null; now?: Date } = {},
): Promise<{ id: string; caseId: string }> {
  assertCan(actor, "case:refer");
  const input = createReferralSchema.parse(rawInput);
  const now = meta.now ?? new Date();
  const problem = referralDateProblem(input, todayWib(now));
  if (problem) throw problem;

  return db.$transaction(async (tx) => {
    if (input.countryCode && !(await tx.country.findUnique({ where: { code: input.countryCode }, select: { code: true } }))) {
      throw new FieldError("countryCode", "invalidChoice");
    }
    const referralId = randomUUID();
    const data = referralEventData({ id: referralId, ...input }, "created");
    const kase = await takeStep(tx, actor, { caseId: input.caseId, version: input.version, step: "refer", data }, { ip: meta.ip, now }).catch(
      (error: unknown) => {
        throw referralStepRefusal(error);
      },
    );

    const referral = await tx.caseReferral.create({
      data: {
        id: referralId,
        caseId: kase.id,
        agency: input.agency,
        countryCode: input.countryCode,
        agencyName: input.agencyName,
        sentOn: input.sentOn,
        acknowledgedOn: input.acknowledgedOn,
        dueOn: input.dueOn,
        outcome: input.outcome,
        createdById: actor.id,
      },
      select: AUDITED_REFERRAL_FIELDS,
    });
    await addCaseEvent(tx, actor, kase.id, { kind: "REFERRAL", data, at: now });
    await writeAudit(tx, {
      actor,
      action: "case.referral-add",
      entity: "CaseReferral",
      entityId: referral.id,
      villageCode: kase.villageCode,
      after: referral,
      ip: meta.ip,
    });
    return { id: referral.id, caseId: kase.id };
  });
}

/** takeStep's refusals, said for a referral (its own keys are for the generic step buttons). */
function referralStepRefusal(error: unknown): unknown {
  if (!(error instanceof FieldError)) return error;
  // takeStep's refusal of a stale case (its key was "versionConflict", now "cases:versionConflict").
  if (error.messageKey === "versionConflict" || error.messageKey === "cases:versionConflict") return new FieldError("_form", "caseMoney:caseVersionConflict");
  if (error.messageKey === "cases:stepNotAllowed") {
    const from = (error.data as { from?: string } | undefined)?.from;
    if (from === "REPORTED") return new FieldError("_form", "caseMoney:referNotVerified", error.data);
    return new FieldError("_form", "caseMoney:referFinished", error.data);
  }
  return error;
}
