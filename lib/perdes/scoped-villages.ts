import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { villageInScope, villageScope, type Actor } from "@/lib/authz";

// The villages a Perdes page may show for the actor: village roles their own, BP3MI staff
// every village of their region (they pick one). Names come from the Region table.

export type ScopedVillage = { code: string; name: string; district: string | null; regency: string | null };

const SELECT = {
  code: true,
  region: { select: { name: true, parent: { select: { name: true, parent: { select: { name: true } } } } } },
} as const satisfies Prisma.VillageSelect;

function toScoped(v: Prisma.VillageGetPayload<{ select: typeof SELECT }>): ScopedVillage {
  return { code: v.code, name: v.region.name, district: v.region.parent?.name ?? null, regency: v.region.parent?.parent?.name ?? null };
}

export async function listScopedVillages(actor: Actor): Promise<ScopedVillage[]> {
  const scope = villageScope(actor).villageCode;
  const where: Prisma.VillageWhereInput = scope === undefined ? {} : { code: scope as Prisma.StringFilter | string };
  const rows = await db.village.findMany({ where, orderBy: { code: "asc" }, select: SELECT, take: 1000 });
  return rows.map(toScoped);
}

/** One village if it is in the actor's scope and registered; otherwise null. */
export async function findScopedVillage(actor: Actor, code: string | null | undefined): Promise<ScopedVillage | null> {
  if (!code || !villageInScope(actor, code)) return null;
  const row = await db.village.findUnique({ where: { code }, select: SELECT });
  return row ? toScoped(row) : null;
}

/** The village a page is about: a village role's own; for BP3MI staff the one asked for, if theirs. */
export async function pickScopedVillage(actor: Actor, asked: string | null | undefined): Promise<ScopedVillage | null> {
  if (actor.role === "ORGANIZER" || actor.role === "VILLAGE_OFFICIAL") return findScopedVillage(actor, actor.villageCode);
  return findScopedVillage(actor, asked);
}
