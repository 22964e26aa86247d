import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { todayWib } from "./dates";
import { assertPlacementReference, AUDITED_PLACEMENT_FIELDS } from "./placement-access";
import { placementDateProblem } from "./placement-rules";
import { refreshCurrentPlacement } from "./refresh-current-placement";
import { REQUIREMENT_CODES } from "./requirements";
import { createPlacementSchema } from "./schemas";

/**
 * A new trip abroad for a person of the actor's villages: status PROSPECTIVE, the village
 * of the person, and the thirteen checklist items of Pasal 5 and Pasal 13, all MISSING.
 */
export async function createPlacement(
  actor: Actor,
  rawInput: z.input<typeof createPlacementSchema>,
  meta: { ip?: string | null; now?: Date } = {},
): Promise<{ id: string }> {
  assertCan(actor, "placement:write");
  const { personId, ...fields } = createPlacementSchema.parse(rawInput);
  const problem = placementDateProblem(fields, "PROSPECTIVE", todayWib(meta.now));
  if (problem) throw problem;

  return db.$transaction(async (tx) => {
    const person = await tx.person.findFirst({ where: { AND: [{ id: personId }, villageScope(actor)] }, select: { id: true, villageCode: true } });
    if (!person) throw new NotFoundError("Person");
    await assertPlacementReference(tx, fields.countryCode, fields.jobCode);

    const placement = await tx.placement.create({
      data: {
        ...fields,
        personId: person.id,
        villageCode: person.villageCode,
        status: "PROSPECTIVE",
        requirements: { createMany: { data: REQUIREMENT_CODES.map((code) => ({ code, status: "MISSING" as const })) } },
      },
      select: AUDITED_PLACEMENT_FIELDS,
    });
    await writeAudit(tx, {
      actor,
      action: "placement.create",
      entity: "Placement",
      entityId: placement.id,
      villageCode: placement.villageCode,
      after: placement,
      ip: meta.ip,
    });
    await refreshCurrentPlacement(tx, person.id);
    return { id: placement.id };
  });
}
