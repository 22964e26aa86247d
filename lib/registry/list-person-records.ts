import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { ContactMethod, PlacementStatus, Wellbeing } from "@/lib/db/generated/enums";
import { readRows } from "@/lib/db/read";
import { assertCan, type Actor } from "@/lib/authz";
import { villageScopeSql } from "@/lib/perdes/scope-sql";
import { UUID } from "./schemas";

export type PersonRecords = Awaited<ReturnType<typeof listPersonRecords>>;

/** How many recent check-ins the person page shows (the placement page has them all). */
export const PERSON_PAGE_CHECKINS = 50;

/**
 * What the person page lists beside the person: their placements (newest first), recent
 * check-ins and consents, each limited to the actor's villages. The page calls getPerson
 * first, which answers NotFound outside scope. Prepared statements (lib/db/read.ts).
 */
export async function listPersonRecords(actor: Actor, personId: string) {
  assertCan(actor, "person:read");
  if (!UUID.test(personId)) return { placements: [], checkIns: [], consents: [] };
  const scope = (alias: string) => villageScopeSql(actor, Prisma.raw(`${alias}."villageCode"`));
  const [placements, checkIns, consents] = await Promise.all([
    readRows<PlacementRow>(
      Prisma.sql`SELECT pl."id", pl."status", pl."countryCode", c."nameId" AS "countryNameId", c."nameEn" AS "countryNameEn", pl."jobCode",
          j."nameId" AS "jobNameId", j."nameEn" AS "jobNameEn", j."zeroCost", pl."employer", pl."recruiterName", pl."contractStart",
          pl."contractEnd", pl."departureDate", pl."returnDate", pl."checklistComplete", pl."createdAt"
        FROM "Placement" pl JOIN "Country" c ON c."code" = pl."countryCode" JOIN "Job" j ON j."code" = pl."jobCode"
        WHERE pl."personId" = ${personId}::uuid AND ${scope("pl")}
        ORDER BY pl."createdAt" DESC, pl."id" DESC`,
      { prepare: true },
    ),
    readRows<{ id: string; placementId: string; contactedAt: Date; method: ContactMethod; wellbeing: Wellbeing }>(
      Prisma.sql`SELECT ci."id", ci."placementId", ci."contactedAt", ci."method", ci."wellbeing" FROM "CheckIn" ci
        WHERE ci."personId" = ${personId}::uuid AND ${scope("ci")}
        ORDER BY ci."contactedAt" DESC, ci."id" DESC LIMIT ${PERSON_PAGE_CHECKINS}`,
      { prepare: true },
    ),
    readRows<{ id: string; givenOn: Date; scopes: string[]; withdrawnOn: Date | null; createdAt: Date }>(
      Prisma.sql`SELECT co."id", co."givenOn", co."scopes"::text[] AS "scopes", co."withdrawnOn", co."createdAt" FROM "Consent" co
        WHERE co."personId" = ${personId}::uuid AND ${scope("co")}
        ORDER BY co."givenOn" DESC, co."id" DESC`,
      { prepare: true },
    ),
  ]);
  return {
    placements: placements.map(({ countryNameId, countryNameEn, jobNameId, jobNameEn, zeroCost, ...p }) => ({
      ...p,
      country: { nameId: countryNameId, nameEn: countryNameEn },
      job: { nameId: jobNameId, nameEn: jobNameEn, zeroCost },
    })),
    checkIns,
    consents,
  };
}

type PlacementRow = {
  id: string;
  status: PlacementStatus;
  countryCode: string;
  countryNameId: string;
  countryNameEn: string;
  jobCode: string;
  jobNameId: string;
  jobNameEn: string;
  zeroCost: boolean;
  employer: string | null;
  recruiterName: string | null;
  contractStart: Date | null;
  contractEnd: Date | null;
  departureDate: Date | null;
  returnDate: Date | null;
  checklistComplete: boolean;
  createdAt: Date;
};
