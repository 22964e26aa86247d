import type { Actor } from "./roles";

// Turns an actor into the part of a Prisma `where` that limits rows to what the actor may
// see. Every data function puts it into its query, so a forgotten check cannot leak a row.

/** The villages an actor works in, as a filter on a `villageCode` column. */
export type VillageFilter = { villageCode?: string | { startsWith: string } | { in: never[] } };

const NOTHING = { villageCode: { in: [] as never[] } };

export function villageScope(actor: Pick<Actor, "role" | "villageCode" | "regionCode">): VillageFilter {
  switch (actor.role) {
    case "ORGANIZER":
    case "VILLAGE_OFFICIAL":
      return actor.villageCode ? { villageCode: actor.villageCode } : NOTHING;
    case "BP3MI_STAFF":
      return actor.regionCode ? { villageCode: { startsWith: `${actor.regionCode}.` } } : NOTHING;
    case "ADMIN":
      return {};
    default:
      return NOTHING;
  }
}

/** True when a village code is inside the actor's scope (for checks on input values). */
export function villageInScope(actor: Pick<Actor, "role" | "villageCode" | "regionCode">, villageCode: string): boolean {
  switch (actor.role) {
    case "ORGANIZER":
    case "VILLAGE_OFFICIAL":
      return actor.villageCode === villageCode;
    case "BP3MI_STAFF":
      return !!actor.regionCode && villageCode.startsWith(`${actor.regionCode}.`);
    case "ADMIN":
      return true;
    default:
      return false;
  }
}
