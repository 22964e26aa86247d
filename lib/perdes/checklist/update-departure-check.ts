import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { FieldError } from "@/lib/validation/errors";
import { encodeConsenter, isVerifying, recordedStatus, type DepartureCheckStatus, type LicenceStatus } from "./rules";
import { updateDepartureCheckSchema, type UpdateDepartureCheckInput } from "./schemas";
import { findValidLetter, lockScopedPlacement } from "./verification-access";

const AUDITED = { id: true, placementId: true, villageCode: true, kind: true, status: true, evidenceNote: true, recruiterId: true, result: true, checkedById: true, checkedAt: true, version: true } as const;

export type UpdatedDepartureCheck = {
  id: string;
  placementId: string;
  status: DepartureCheckStatus;
  /** DONE was asked for a recruiter whose licence is not active: recorded as FAILED. */
  failedOnLicence: LicenceStatus | null;
};

/**
 * Records one pre-departure check: its status, the evidence seen, and the checker (the actor)
 * and moment (now). NOT_APPLICABLE is refused for a mandatory item. RECRUITER_CHECK records
 * the registry entry checked and its licence status at that moment; DONE on a suspended or
 * revoked licence is recorded as FAILED. FAMILY_CONSENT DONE names who signed. No change while
 * the placement has a valid letter (revoke it first) or is no longer being verified.
 */
export async function updateDepartureCheck(actor: Actor, rawInput: UpdateDepartureCheckInput, meta: { ip?: string | null; now?: Date } = {}): Promise<UpdatedDepartureCheck> {
  const input = updateDepartureCheckSchema.parse(rawInput);
  assertCan(actor, "departure-check:write");
  const now = meta.now ?? new Date();
  return db.$transaction(async (tx) => {
    const found = await tx.departureCheck.findFirst({ where: { AND: [{ id: input.id }, villageScope(actor)] }, select: { ...AUDITED, mandatory: true } });
    if (!found) throw new NotFoundError("DepartureCheck");
    const placement = await lockScopedPlacement(tx, actor, found.placementId);
    const { mandatory, ...before } = found;
    if (before.version !== input.version) throw new FieldError("_form", "verification:versionConflict");
    if (!isVerifying(placement.status)) throw new FieldError("_form", "verification:placementNotVerifying");
    if (await findValidLetter(tx, placement.id)) throw new FieldError("_form", "verification:letterIssued");
    if (input.status === "NOT_APPLICABLE" && mandatory) throw new FieldError("status", "verification:notApplicableMandatory");

    let recruiterId: string | null = null;
    let result: string | null = null;
    let licence: LicenceStatus | null = null;
    if (before.kind === "RECRUITER_CHECK") {
      if (input.recruiterId) {
        const recruiter = await tx.recruiter.findUnique({ where: { id: input.recruiterId }, select: { id: true, status: true } });
        if (!recruiter) throw new FieldError("recruiterId", "invalidChoice");
        recruiterId = recruiter.id;
        licence = recruiter.status;
        result = recruiter.status;
      } else if (input.status === "DONE") {
        throw new FieldError("recruiterId", "verification:recruiterRequired");
      }
    }
    if (before.kind === "FAMILY_CONSENT") {
      if (input.consenterName && input.consenterRelation) result = encodeConsenter({ name: input.consenterName, relation: input.consenterRelation });
      else if (input.status === "DONE") throw new FieldError(input.consenterName ? "consenterRelation" : "consenterName", "verification:consenterRequired");
    }

    const status = recordedStatus(before.kind, input.status, licence);
    const checked = status !== "PENDING";
    const { count } = await tx.departureCheck.updateMany({
      where: { id: before.id, version: input.version },
      data: {
        status,
        evidenceNote: input.evidenceNote,
        recruiterId,
        result,
        checkedById: checked ? actor.id : null,
        checkedAt: checked ? now : null,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new FieldError("_form", "verification:versionConflict");
    const after = await tx.departureCheck.findUniqueOrThrow({ where: { id: before.id }, select: AUDITED });
    await writeAudit(tx, { actor, action: "departure-check.update", entity: "DepartureCheck", entityId: after.id, villageCode: after.villageCode, before, after, ip: meta.ip });
    return { id: after.id, placementId: after.placementId, status, failedOnLicence: status !== input.status ? licence : null };
  });
}
