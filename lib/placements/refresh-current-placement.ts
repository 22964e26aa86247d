import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";

// No "server-only" here: this module imports nothing at run time and writes only through the
// client it is given, so the test factories and the seed (run outside Next) can use it too.
//
// Person.current* mirror one placement of the person, so that the people list filters and
// sorts on one table at a million rows (docs/decisions/008). They are written here and
// nowhere else: every placement write (create, update, status change, checklist item) and
// anyone else who moves placements between people (merge, import) calls this inside its
// transaction. Derived data: not audited on its own (the placement's entry is).

/** Which placement is "current": the latest trip by departure date (undated last), then the newest record. */
export const CURRENT_PLACEMENT_ORDER = [
  { departureDate: { sort: "desc", nulls: "last" } },
  { createdAt: "desc" },
  { id: "desc" },
] as const satisfies Prisma.PlacementOrderByWithRelationInput[];

const SELECT = {
  id: true,
  status: true,
  countryCode: true,
  jobCode: true,
  recruiterName: true,
  checklistComplete: true,
  job: { select: { sector: true } },
} as const satisfies Prisma.PlacementSelect;

/**
 * Copies the person's latest non-cancelled placement (or the latest one when all are
 * cancelled; nothing when there is none) into Person.current*. Does not raise
 * Person.version: these fields are not on the person's form, so an edit of the person
 * that was opened before a placement changed must still save.
 */
export async function refreshCurrentPlacement(tx: Pick<Tx, "placement" | "person">, personId: string): Promise<void> {
  const current =
    (await tx.placement.findFirst({ where: { personId, status: { not: "CANCELLED" } }, orderBy: [...CURRENT_PLACEMENT_ORDER], select: SELECT })) ??
    (await tx.placement.findFirst({ where: { personId }, orderBy: [...CURRENT_PLACEMENT_ORDER], select: SELECT }));

  await tx.person.update({
    where: { id: personId },
    data: current
      ? {
          currentPlacementId: current.id,
          currentStatus: current.status,
          currentCountryCode: current.countryCode,
          currentJobCode: current.jobCode,
          currentSector: current.job.sector,
          currentRecruiter: current.recruiterName,
          currentChecklistComplete: current.checklistComplete,
        }
      : {
          currentPlacementId: null,
          currentStatus: null,
          currentCountryCode: null,
          currentJobCode: null,
          currentSector: null,
          currentRecruiter: null,
          currentChecklistComplete: null,
        },
  });
}
