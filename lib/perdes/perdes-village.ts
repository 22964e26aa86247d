import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/authz";

// Which village a Perdes list (regulations, sessions) shows. Village roles see their own;
// BP3MI staff pick one village of their region (the list offers the choice). The caller has
// checked the permission.

export type VillageOption = { value: string; label: string };
export type PerdesVillage = {
  /** null: BP3MI staff have not picked a village yet (or picked one outside their region). */
  villageCode: string | null;
  villageName: string | null;
  /** The villages to pick from; null for a village role. */
  villages: VillageOption[] | null;
};

export async function choosePerdesVillage(actor: Actor, requested: string | undefined): Promise<PerdesVillage> {
  if (actor.role === "ORGANIZER" || actor.role === "VILLAGE_OFFICIAL") {
    if (!actor.villageCode) return { villageCode: null, villageName: null, villages: null };
    const region = await db.region.findUnique({ where: { code: actor.villageCode }, select: { name: true } });
    return { villageCode: actor.villageCode, villageName: region?.name ?? actor.villageCode, villages: null };
  }
  if (actor.role !== "BP3MI_STAFF" || !actor.regionCode) return { villageCode: null, villageName: null, villages: [] };
  const rows = await db.village.findMany({
    where: { code: { startsWith: `${actor.regionCode}.` } },
    select: { code: true, region: { select: { name: true } } },
  });
  const villages = rows.map((v) => ({ value: v.code, label: `${v.region.name} (${v.code})` })).sort((a, b) => a.label.localeCompare(b.label, "id"));
  const chosen = rows.find((v) => v.code === requested);
  return { villageCode: chosen?.code ?? null, villageName: chosen?.region.name ?? null, villages };
}
