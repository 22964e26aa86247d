// Person.current* for every person at once, after a bulk load: the same rule as
// refreshCurrentPlacement (lib/placements/refresh-current-placement.ts, CURRENT_PLACEMENT_ORDER)
// in one set-based statement: the latest non-cancelled placement (the latest one if all are
// cancelled), latest by departure date with undated trips last, then creation, then id.
// Keep the ORDER BY in step with CURRENT_PLACEMENT_ORDER.

import type pg from "pg";

export const REFRESH_ALL_SQL = `
UPDATE "Person" AS p
   SET "currentPlacementId" = c."id",
       "currentStatus" = c."status",
       "currentCountryCode" = c."countryCode",
       "currentJobCode" = c."jobCode",
       "currentSector" = j."sector",
       "currentRecruiter" = c."recruiterName",
       "currentChecklistComplete" = c."checklistComplete",
       "updatedAt" = GREATEST(p."updatedAt", c."updatedAt")
  FROM (SELECT DISTINCT ON ("personId") *
          FROM "Placement"
         ORDER BY "personId", ("status" = 'CANCELLED'), "departureDate" DESC NULLS LAST, "createdAt" DESC, "id" DESC) AS c
  JOIN "Job" AS j ON j."code" = c."jobCode"
 WHERE p."id" = c."personId"`;

/** Returns the number of people updated. */
export async function refreshAllCurrentPlacements(client: pg.Client): Promise<number> {
  const result = await client.query(REFRESH_ALL_SQL);
  return result.rowCount ?? 0;
}
