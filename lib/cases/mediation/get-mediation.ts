import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, type Actor } from "@/lib/authz";
import { caseScope } from "@/lib/cases/case-access";

/** One berita acara mediasi with what its printed page shows of the case. NotFound outside the actor's scope. */
export async function getMediation(actor: Actor, id: string) {
  assertCan(actor, "case:read");
  // An id from the address bar that is no uuid cannot name a record (and the column would refuse it).
  if (!z.uuid().safeParse(id).success) throw new NotFoundError("CaseMediation");
  const found = await db.caseMediation.findFirst({
    where: { id, case: caseScope(actor) },
    select: {
      id: true,
      heldOn: true,
      place: true,
      mediatorName: true,
      parties: true,
      agreement: true,
      outcome: true,
      createdAt: true,
      case: {
        select: {
          id: true,
          number: true,
          workerName: true,
          category: true,
          whatHappened: true,
          villageCode: true,
          village: { select: { region: { select: { name: true } } } },
        },
      },
    },
  });
  if (!found) throw new NotFoundError("CaseMediation");
  return found;
}
export type MediationRecord = Awaited<ReturnType<typeof getMediation>>;
