import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, villageScope, type Actor } from "@/lib/authz";

export type PersonRecords = Awaited<ReturnType<typeof listPersonRecords>>;

/** How many recent check-ins the person page shows (the placement page has them all). */
export const PERSON_PAGE_CHECKINS = 50;

/**
 * What the person page lists beside the person: their placements (newest first), recent
 * check-ins and consents, each limited to the actor's villages. The page calls getPerson
 * first, which answers NotFound outside scope.
 */
export async function listPersonRecords(actor: Actor, personId: string) {
  assertCan(actor, "person:read");
  const scope = villageScope(actor);
  const [placements, checkIns, consents] = await Promise.all([
    db.placement.findMany({
      where: { AND: [{ personId }, scope] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        status: true,
        countryCode: true,
        country: { select: { nameId: true, nameEn: true } },
        jobCode: true,
        job: { select: { nameId: true, nameEn: true, zeroCost: true } },
        employer: true,
        recruiterName: true,
        contractStart: true,
        contractEnd: true,
        departureDate: true,
        returnDate: true,
        checklistComplete: true,
        createdAt: true,
      },
    }),
    db.checkIn.findMany({
      where: { AND: [{ personId }, scope] },
      orderBy: [{ contactedAt: "desc" }, { id: "desc" }],
      take: PERSON_PAGE_CHECKINS,
      select: { id: true, placementId: true, contactedAt: true, method: true, wellbeing: true },
    }),
    db.consent.findMany({
      where: { AND: [{ personId }, scope] },
      orderBy: [{ givenOn: "desc" }, { id: "desc" }],
      select: { id: true, givenOn: true, scopes: true, withdrawnOn: true, createdAt: true },
    }),
  ]);
  return { placements, checkIns, consents };
}
