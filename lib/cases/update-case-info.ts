import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { todayWib } from "@/lib/placements/dates";
import { FieldError } from "@/lib/validation/errors";
import { AUDITED_CASE_FIELDS, bumpCaseVersion, findScopedCase } from "./case-access";
import { loadDeadlineRules } from "./deadline-rules";
import { dueAtFor } from "./deadlines";
import { updateCaseInfoSchema } from "./schemas";
import { isOpen } from "./workflow";

/**
 * Corrects or adds to the intake (organizers and BP3MI staff). The worker's name follows the
 * registry when the case is linked to a person. Making a case urgent (or not) moves the due time
 * of the current step, counted from when the step began.
 */
export async function updateCaseInfo(actor: Actor, raw: unknown, meta: { ip?: string | null; now?: Date } = {}): Promise<void> {
  const input = updateCaseInfoSchema.parse(raw);
  assertCan(actor, "case:add-info");
  const now = meta.now ?? new Date();
  if (input.happenedOn && input.happenedOn > todayWib(now)) throw new FieldError("happenedOn", "cases:happenedInFuture");
  await db.$transaction(async (tx) => {
    const before = await findScopedCase(tx, actor, input.id);
    if (before.version !== input.version) throw new FieldError("_form", "cases:versionConflict");
    const workerName = before.personId ? before.workerName : input.workerName;
    if (!workerName) throw new FieldError("workerName", "required");
    if (input.countryCode && !(await tx.country.findUnique({ where: { code: input.countryCode }, select: { code: true } }))) {
      throw new FieldError("countryCode", "invalidChoice");
    }
    let dueAt = before.dueAt;
    if (input.urgent !== before.urgent && isOpen(before.status)) {
      const stepStart = await tx.caseEvent.findFirst({
        where: { caseId: before.id, toStatus: before.status },
        orderBy: [{ at: "desc" }, { id: "desc" }],
        select: { at: true },
      });
      dueAt = dueAtFor(before.status, input.urgent, stepStart?.at ?? now, await loadDeadlineRules(tx));
    }
    await bumpCaseVersion(tx, actor, before.id, before.version, {
      workerName,
      workerDescription: input.workerDescription,
      reporterName: input.reporterName,
      reporterRelation: input.reporterRelation,
      reporterPhone: input.reporterPhone,
      reporterAddress: input.reporterAddress,
      category: input.category,
      countryCode: input.countryCode,
      whatHappened: input.whatHappened,
      happenedOn: input.happenedOn,
      urgent: input.urgent,
      dueAt,
    });
    const after = await tx.case.findUniqueOrThrow({ where: { id: before.id }, select: AUDITED_CASE_FIELDS });
    await writeAudit(tx, { actor, action: "case.update", entity: "Case", entityId: before.id, villageCode: before.villageCode, before, after, ip: meta.ip });
  });
}
