import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan, can, ForbiddenError, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { todayWib } from "./dates";
import { findScopedPlacement } from "./placement-access";
import { PlacementRefusal } from "./refusals";
import { refreshCurrentPlacement } from "./refresh-current-placement";
import { isChecklistComplete } from "./requirements";
import { updateRequirementSchema } from "./schemas";

/** The audit entityId of a checklist item: its placement and its code. */
export function requirementEntityId(placementId: string, code: string): string {
  return `${placementId}:${code}`;
}

/**
 * Sets one checklist item: MISSING, SUBMITTED (organizers and officials) or VERIFIED
 * (officials only: placement:verify, and the verifier is recorded). An item an official has
 * verified can only be changed by an official. The date defaults to today; MISSING has none.
 * Keeps Placement.checklistComplete (and so Person.currentChecklistComplete) in step.
 */
export async function updateRequirement(
  actor: Actor,
  rawInput: z.input<typeof updateRequirementSchema>,
  meta: { ip?: string | null; now?: Date } = {},
): Promise<{ placementId: string; code: string; checklistComplete: boolean }> {
  const input = updateRequirementSchema.parse(rawInput);
  assertCan(actor, input.status === "VERIFIED" ? "placement:verify" : "placement:write");
  const today = todayWib(meta.now);

  return db.$transaction(async (tx) => {
    const placement = await findScopedPlacement(tx, actor, input.placementId);
    if (placement.status === "CANCELLED") throw new PlacementRefusal("_form", "placementClosed");

    const key = { placementId_code: { placementId: placement.id, code: input.code } };
    const existing = await tx.placementRequirement.findUnique({ where: key, select: { status: true, date: true, verifiedById: true, note: true } });
    if (existing?.status === "VERIFIED" && !can(actor.role, "placement:verify")) throw new ForbiddenError("placement:verify");

    const date = input.status === "MISSING" ? null : (input.date ?? (existing?.status === input.status ? existing.date : null) ?? today);
    if (date && date > today) throw new PlacementRefusal("date", "dateInFuture");
    const data = {
      status: input.status,
      date,
      verifiedById: input.status === "VERIFIED" ? actor.id : null,
      note: input.note,
    };
    const after = await tx.placementRequirement.upsert({
      where: key,
      create: { placementId: placement.id, code: input.code, ...data },
      update: data,
      select: { status: true, date: true, verifiedById: true, note: true },
    });

    const items = await tx.placementRequirement.findMany({ where: { placementId: placement.id }, select: { code: true, status: true } });
    const checklistComplete = isChecklistComplete(items);
    if (checklistComplete !== placement.checklistComplete) {
      await tx.placement.update({ where: { id: placement.id }, data: { checklistComplete } });
    }

    await writeAudit(tx, {
      actor,
      action: "placement-requirement.update",
      entity: "PlacementRequirement",
      entityId: requirementEntityId(placement.id, input.code),
      villageCode: placement.villageCode,
      before: existing ? { ...existing, checklistComplete: placement.checklistComplete } : { status: null, checklistComplete: placement.checklistComplete },
      after: { ...after, checklistComplete },
      ip: meta.ip,
    });
    await refreshCurrentPlacement(tx, placement.personId);
    return { placementId: placement.id, code: input.code, checklistComplete };
  });
}
