import "server-only";
import { hashPassword } from "@/lib/auth/password-hash";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { FieldError } from "@/lib/validation/errors";
import { todayWib } from "@/lib/placements/dates";
import { isUrgentByDefault } from "./categories";
import { AUDITED_CASE_FIELDS } from "./case-access";
import { nextCaseNumber } from "./case-number";
import { generatePin, generateTrackingCode } from "./codes";
import { loadDeadlineRules } from "./deadline-rules";
import { dueAtFor } from "./deadlines";
import { reportCaseSchema, type ReportCaseInput } from "./schemas";

export type ReportedCase = { id: string; number: string; trackingCode: string; pin: string };

/**
 * Intake (issue 4 item 1): an organizer records a case for a worker of their village, from the
 * registry (personId, optionally the trip) or described by name. The reporter gets a tracking
 * code and a PIN, shown once; only the PIN's hash is kept.
 */
export async function reportCase(actor: Actor, raw: unknown, meta: { ip?: string | null; now?: Date } = {}): Promise<ReportedCase> {
  const input: ReportCaseInput = reportCaseSchema.parse(raw);
  assertCan(actor, "case:report");
  if (!actor.villageCode) throw new NotFoundError("Village");
  const now = meta.now ?? new Date();
  if (input.happenedOn && input.happenedOn > todayWib(now)) throw new FieldError("happenedOn", "cases:happenedInFuture");
  const pin = generatePin();
  const pinHash = await hashPassword(pin);

  return db.$transaction(async (tx) => {
    let workerName = input.workerName;
    let countryCode = input.countryCode;
    let placementId = input.placementId;
    if (input.personId) {
      const person = await tx.person.findFirst({
        where: { AND: [{ id: input.personId }, villageScope(actor)] },
        select: { id: true, name: true, currentPlacementId: true },
      });
      if (!person) throw new FieldError("personId", "cases:personNotFound");
      workerName = person.name;
      placementId ??= person.currentPlacementId;
      if (placementId) {
        const placement = await tx.placement.findFirst({ where: { id: placementId, personId: person.id }, select: { countryCode: true } });
        if (!placement) throw new FieldError("placementId", "cases:placementNotFound");
        countryCode ??= placement.countryCode;
      }
    } else if (placementId) {
      throw new FieldError("placementId", "cases:placementNotFound");
    }
    if (!workerName) throw new FieldError("workerName", "required");
    if (countryCode && !(await tx.country.findUnique({ where: { code: countryCode }, select: { code: true } }))) {
      throw new FieldError("countryCode", "invalidChoice");
    }
    if (input.reportId) {
      const report = await tx.suspiciousReport.findFirst({ where: { AND: [{ id: input.reportId }, villageScope(actor)] }, select: { id: true } });
      if (!report) throw new FieldError("reportId", "cases:reportNotFound");
    }
    const urgent = input.urgency === "auto" ? isUrgentByDefault(input.category) : input.urgency === "urgent";
    const rules = await loadDeadlineRules(tx);
    const created = await tx.case.create({
      data: {
        number: await nextCaseNumber(tx, now),
        villageCode: actor.villageCode!,
        personId: input.personId,
        placementId,
        workerName,
        workerDescription: input.workerDescription,
        reporterName: input.reporterName,
        reporterRelation: input.reporterRelation,
        reporterPhone: input.reporterPhone,
        reporterAddress: input.reporterAddress,
        category: input.category,
        countryCode,
        whatHappened: input.whatHappened,
        happenedOn: input.happenedOn,
        urgent,
        status: "REPORTED",
        dueAt: dueAtFor("REPORTED", urgent, now, rules),
        trackingCode: generateTrackingCode(),
        pinHash,
        reportId: input.reportId,
        reportedAt: now,
        createdById: actor.id,
      },
      select: { ...AUDITED_CASE_FIELDS, trackingCode: true },
    });
    await tx.caseEvent.create({
      data: { caseId: created.id, kind: "REPORTED", at: now, actorId: actor.id, actorName: actor.name, toStatus: "REPORTED", data: { urgent } },
    });
    const { trackingCode, ...audited } = created;
    await writeAudit(tx, { actor, action: "case.report", entity: "Case", entityId: created.id, villageCode: created.villageCode, after: audited, ip: meta.ip });
    return { id: created.id, number: created.number, trackingCode, pin };
  });
}
