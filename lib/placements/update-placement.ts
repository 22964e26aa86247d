import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan, villageScope, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { FieldError } from "@/lib/validation/errors";
import { todayWib } from "./dates";
import { assertPlacementReference, AUDITED_PLACEMENT_FIELDS, findScopedPlacement } from "./placement-access";
import { placementDateProblem } from "./placement-rules";
import { refreshCurrentPlacement } from "./refresh-current-placement";
import { updatePlacementSchema } from "./schemas";

/**
 * Saves a placement's details (not its status: see changePlacementStatus). The form carries
 * the version it was loaded with; when someone saved in between, nothing is written and
 * the user is asked to reload (FieldError "_form" / versionConflict).
 */
export async function updatePlacement(
  actor: Actor,
  rawInput: z.input<typeof updatePlacementSchema>,
  meta: { ip?: string | null; now?: Date } = {},
): Promise<{ id: string; version: number }> {
  assertCan(actor, "placement:write");
  const { id, version, ...fields } = updatePlacementSchema.parse(rawInput);

  return db.$transaction(async (tx) => {
    const before = await findScopedPlacement(tx, actor, id);
    if (before.version !== version) throw new FieldError("_form", "versionConflict");
    const problem = placementDateProblem(fields, before.status, todayWib(meta.now));
    if (problem) throw problem;
    if (fields.countryCode !== before.countryCode || fields.jobCode !== before.jobCode) {
      await assertPlacementReference(tx, fields.countryCode, fields.jobCode);
    }

    // The version in the where makes the check and the write one step: a save that raced
    // past the check above still matches no row.
    const { count } = await tx.placement.updateMany({
      where: { AND: [{ id, version }, villageScope(actor)] },
      data: { ...fields, version: { increment: 1 } },
    });
    if (count === 0) throw new FieldError("_form", "versionConflict");
    const after = await tx.placement.findUniqueOrThrow({ where: { id }, select: AUDITED_PLACEMENT_FIELDS });

    await writeAudit(tx, {
      actor,
      action: "placement.update",
      entity: "Placement",
      entityId: id,
      villageCode: after.villageCode,
      before,
      after,
      ip: meta.ip,
    });
    await refreshCurrentPlacement(tx, after.personId);
    return { id, version: after.version };
  });
}
