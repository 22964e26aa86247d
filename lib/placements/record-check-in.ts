import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { startOfWibDay } from "./dates";
import { findScopedPlacement } from "./placement-access";
import { PlacementRefusal } from "./refusals";
import { refreshCurrentPlacement } from "./refresh-current-placement";
import { recordCheckInSchema } from "./schemas";

// A phone's clock a little ahead of the server's is not "in the future".
const CLOCK_SLACK_MS = 5 * 60 * 1000;

/**
 * Records a contact with a worker abroad (a welfare check-in) on a DEPARTED placement, and
 * moves Placement.lastContactAt forward when this contact is the latest (an older contact
 * entered late does not move it back).
 */
export async function recordCheckIn(
  actor: Actor,
  rawInput: z.input<typeof recordCheckInSchema>,
  meta: { ip?: string | null; now?: Date } = {},
): Promise<{ id: string; placementId: string }> {
  assertCan(actor, "checkin:write");
  const input = recordCheckInSchema.parse(rawInput);
  const now = meta.now ?? new Date();
  if (input.contactedAt.getTime() > now.getTime() + CLOCK_SLACK_MS) throw new PlacementRefusal("contactedAt", "dateInFuture");

  return db.$transaction(async (tx) => {
    const placement = await findScopedPlacement(tx, actor, input.placementId);
    if (placement.status !== "DEPARTED") throw new PlacementRefusal("_form", "notDeparted");
    if (placement.departureDate && input.contactedAt < startOfWibDay(placement.departureDate)) {
      throw new PlacementRefusal("contactedAt", "beforeDeparture");
    }

    const checkIn = await tx.checkIn.create({
      data: {
        placementId: placement.id,
        personId: placement.personId,
        villageCode: placement.villageCode,
        contactedAt: input.contactedAt,
        method: input.method,
        wellbeing: input.wellbeing,
        note: input.note,
        recordedById: actor.id,
      },
      select: { id: true, placementId: true, personId: true, contactedAt: true, method: true, wellbeing: true, note: true },
    });
    // One statement, so two check-ins saved at once still leave the latest of them.
    await tx.placement.updateMany({
      where: { id: placement.id, OR: [{ lastContactAt: null }, { lastContactAt: { lt: input.contactedAt } }] },
      data: { lastContactAt: input.contactedAt },
    });

    await writeAudit(tx, {
      actor,
      action: "check-in.create",
      entity: "CheckIn",
      entityId: checkIn.id,
      villageCode: placement.villageCode,
      after: checkIn,
      ip: meta.ip,
    });
    await refreshCurrentPlacement(tx, placement.personId);
    return { id: checkIn.id, placementId: placement.id };
  });
}
