import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import { caseStepSchema } from "./schemas";
import { takeStep } from "./take-step";
import { STEP_PERMISSION } from "./workflow";

/** Verify, start mediation, resolve, close with a reason, or reopen with a reason (one transaction). */
export async function changeCaseStep(
  actor: Actor,
  raw: unknown,
  meta: { ip?: string | null; now?: Date } = {},
): Promise<{ id: string; status: string }> {
  const input = caseStepSchema.parse(raw);
  assertCan(actor, STEP_PERMISSION[input.step]);
  const after = await db.$transaction((tx) =>
    takeStep(tx, actor, { caseId: input.id, version: input.version, step: input.step, closeReason: input.closeReason, reason: input.reason, shareable: input.shareable }, meta),
  );
  return { id: after.id, status: after.status };
}
