import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";
import { ForbiddenError, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { FieldError } from "@/lib/validation/errors";
import { AUDITED_CASE_FIELDS, bumpCaseVersion, findScopedCase, type AuditedCase } from "./case-access";
import { loadDeadlineRules } from "./deadline-rules";
import { dueAtFor, isOverdue } from "./deadlines";
import { checkStep, STEP_PERMISSION, type CaseStep, type CloseReason } from "./workflow";

export type StepInput = {
  caseId: string;
  version: number;
  step: CaseStep;
  closeReason?: CloseReason | null;
  /** Why the case is reopened, or a note on the step; shown on the timeline. */
  reason?: string | null;
  /** The family sees the reason with the tracking code. */
  shareable?: boolean;
  /** Extra timeline details (e.g. the referral this step came with). */
  data?: Prisma.InputJsonValue;
};

/**
 * Takes one workflow step inside the caller's transaction: checks it (lib/cases/workflow.ts),
 * moves the status with optimistic locking, sets the next due time, marks a missed deadline,
 * writes the timeline entry and the audit entry. Used by the step actions and by referrals.
 */
export async function takeStep(tx: Tx, actor: Actor, input: StepInput, meta: { ip?: string | null; now?: Date } = {}): Promise<AuditedCase> {
  const now = meta.now ?? new Date();
  const before = await findScopedCase(tx, actor, input.caseId);
  if (before.version !== input.version) throw new FieldError("_form", "cases:versionConflict");
  const check = checkStep(input.step, before.status, actor.role, {
    wasVerified: before.verifiedAt !== null,
    closeReason: input.closeReason ?? null,
    reason: input.reason ?? null,
  });
  if (!check.ok) {
    if (check.reason === "forbidden") throw new ForbiddenError(STEP_PERMISSION[input.step]);
    const field = check.reason === "reasonRequired" ? (input.step === "close" ? "closeReason" : "reason") : "_form";
    throw new FieldError(field, `cases:${check.reason}`, { from: before.status });
  }
  const to = check.to;
  const rules = await loadDeadlineRules(tx);
  const stamp: Prisma.CaseUncheckedUpdateManyInput = {
    status: to,
    dueAt: dueAtFor(to, before.urgent, now, rules),
    missedDeadline: before.missedDeadline || isOverdue(before.dueAt, now),
  };
  if (input.step === "verify") stamp.verifiedAt = now;
  if (input.step === "resolve") stamp.resolvedAt = now;
  if (input.step === "close") {
    stamp.closeReason = input.closeReason!;
    stamp.closedAt = now;
    stamp.resolvedAt = before.resolvedAt ?? (input.closeReason === "RESOLVED" ? now : null);
  }
  if (input.step === "reopen") Object.assign(stamp, { closeReason: null, closedAt: null, resolvedAt: null });
  await bumpCaseVersion(tx, actor, before.id, before.version, stamp);
  const after = await tx.case.findUniqueOrThrow({ where: { id: before.id }, select: AUDITED_CASE_FIELDS });

  await tx.caseEvent.create({
    data: {
      caseId: before.id,
      kind: input.step === "reopen" ? "REOPENED" : "STATUS",
      at: now,
      actorId: actor.id,
      actorName: actor.name,
      fromStatus: before.status,
      toStatus: to,
      text: input.reason?.trim() || null,
      shareable: input.shareable ?? false,
      data: { step: input.step, ...(input.closeReason ? { closeReason: input.closeReason } : {}), ...(input.data && typeof input.data === "object" ? (input.data as object) : {}) },
    },
  });
  await writeAudit(tx, {
    actor,
    action: `case.${input.step}`,
    entity: "Case",
    entityId: before.id,
    villageCode: before.villageCode,
    before: { status: before.status, closeReason: before.closeReason, dueAt: before.dueAt, version: before.version },
    after: { status: after.status, closeReason: after.closeReason, dueAt: after.dueAt, version: after.version, reason: input.reason ?? undefined },
    ip: meta.ip,
  });
  return after;
}
