import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, villageScope, type Actor } from "@/lib/authz";

export type VillageOption = { code: string; name: string; district: string | null; regency: string | null; active: boolean };

/**
 * The villages registered in Lontar, with their kecamatan and kabupaten/kota names so that
 * two villages of the same name can be told apart (for the user form and the list filter).
 */
export async function listVillages(actor: Actor): Promise<VillageOption[]> {
  assertCan(actor, "user:read");
  const scope = villageScope(actor);
  const villages = await db.village.findMany({
    where: scope.villageCode === undefined ? {} : { code: scope.villageCode },
    orderBy: { code: "asc" },
    select: {
      code: true,
      active: true,
      region: { select: { name: true, parent: { select: { name: true, parent: { select: { name: true } } } } } },
    },
  });
  return villages.map((v) => ({
    code: v.code,
    name: v.region.name,
    district: v.region.parent?.name ?? null,
    regency: v.region.parent?.parent?.name ?? null,
    active: v.active,
  }));
}
