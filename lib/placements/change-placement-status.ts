import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan, ForbiddenError, villageScope, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { FieldError } from "@/lib/validation/errors";
import { hasLetterForDeparture } from "@/lib/perdes/letters/departure-letter";
import { todayWib } from "./dates";
import { AUDITED_PLACEMENT_FIELDS, findScopedPlacement } from "./placement-access";
import { placementDateProblem } from "./placement-rules";
import { PlacementRefusal } from "./refusals";
import { refreshCurrentPlacement } from "./refresh-current-placement";
import { isChecklistComplete } from "./requirements";
import { changePlacementStatusSchema } from "./schemas";
import { checkTransition, isUnverifiedDeparture, transitionPermission, type TransitionRefusal } from "./transitions";

/** Audit action of a departure that skipped the village's verification (until the Perdes issue adds a column). */
export const UNVERIFIED_DEPARTURE_ACTION = "placement.depart-unverified";

const REFUSAL_FIELD: Record<Exclude<TransitionRefusal, "forbidden">, string> = {
  transitionNotAllowed: "_form",
  checklistIncomplete: "_form",
  departureDateRequired: "departureDate",
  returnDateRequired: "returnDate",
  unverifiedConfirmationRequired: "confirmUnverified",
};

/**
 * Moves a placement along PROSPECTIVE → VERIFIED → DEPARTED → RETURNED, or to CANCELLED
 * (lib/placements/transitions.ts). Verifying needs placement:verify and a complete
 * checklist (read from the items, not the cached flag); departing needs a departure date,
 * returning a return date (the form may send them). Stale version → versionConflict.
 */
export async function changePlacementStatus(
  actor: Actor,
  rawInput: z.input<typeof changePlacementStatusSchema>,
  meta: { ip?: string | null; now?: Date } = {},
): Promise<{ id: string; status: string }> {
  const input = changePlacementStatusSchema.parse(rawInput);
  assertCan(actor, transitionPermission(input.to));

  return db.$transaction(async (tx) => {
    const before = await findScopedPlacement(tx, actor, input.id);
    if (before.version !== input.version) throw new FieldError("_form", "versionConflict");

    const items = await tx.placementRequirement.findMany({ where: { placementId: before.id }, select: { code: true, status: true } });
    const dates = {
      contractStart: before.contractStart,
      contractEnd: before.contractEnd,
      departureDate: input.to === "DEPARTED" ? (input.departureDate ?? before.departureDate) : before.departureDate,
      returnDate: input.to === "RETURNED" ? (input.returnDate ?? before.returnDate) : before.returnDate,
    };
    const check = checkTransition(before.status, input.to, actor.role, {
      checklistComplete: isChecklistComplete(items),
      departureDate: dates.departureDate,
      returnDate: dates.returnDate,
      confirmUnverified: input.confirmUnverified,
    });
    if (!check.ok) {
      if (check.reason === "forbidden") throw new ForbiddenError(check.permission ?? transitionPermission(input.to));
      throw new PlacementRefusal(REFUSAL_FIELD[check.reason], check.reason, { from: before.status, to: input.to });
    }
    const problem = placementDateProblem(dates, input.to, todayWib(meta.now));
    if (problem) throw problem;

    // Reaching DEPARTED without the village's valid letter (issued by the departure day, WIB)
    // marks the placement non-procedural, for the Perdes scorecard (decision 022).
    const nonProcedural =
      input.to === "DEPARTED" && dates.departureDate ? !(await hasLetterForDeparture(tx, before.id, dates.departureDate)) : undefined;
    const { count } = await tx.placement.updateMany({
      where: { AND: [{ id: before.id, version: input.version }, villageScope(actor)] },
      data: { status: input.to, departureDate: dates.departureDate, returnDate: dates.returnDate, nonProcedural, version: { increment: 1 } },
    });
    if (count === 0) throw new FieldError("_form", "versionConflict");
    const after = await tx.placement.findUniqueOrThrow({ where: { id: before.id }, select: AUDITED_PLACEMENT_FIELDS });

    const unverified = isUnverifiedDeparture(before.status, input.to);
    await writeAudit(tx, {
      actor,
      action: unverified ? UNVERIFIED_DEPARTURE_ACTION : "placement.status",
      entity: "Placement",
      entityId: after.id,
      villageCode: after.villageCode,
      before: { status: before.status, departureDate: before.departureDate, returnDate: before.returnDate, version: before.version },
      after: {
        status: after.status,
        departureDate: after.departureDate,
        returnDate: after.returnDate,
        version: after.version,
        ...(nonProcedural === undefined ? {} : { nonProcedural }),
        ...(unverified ? { departedWithoutVerification: true } : {}),
      },
      ip: meta.ip,
    });
    await refreshCurrentPlacement(tx, after.personId);
    return { id: after.id, status: after.status };
  });
}
