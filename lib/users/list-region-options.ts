import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";

export type RegionOption = { code: string; name: string; level: number };

/** Provinces and kabupaten/kota: the regions BP3MI staff can be assigned to. Reference data, not scoped. */
export async function listRegionOptions(actor: Actor): Promise<RegionOption[]> {
  assertCan(actor, "user:read");
  return db.region.findMany({
    where: { level: { in: [1, 2] } },
    orderBy: { code: "asc" },
    select: { code: true, name: true, level: true },
  });
}
