import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { UUID } from "@/lib/registry/schemas";
import { byYearAndNumber } from "./list-regulations";

// What anyone may read without an account: a village's regulations that have been enacted
// (in force or revoked), never a draft. null means "no such page" (404).

const PUBLIC_STATUSES = ["IN_FORCE", "REVOKED"] as const;
const VILLAGE_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

export type PublicVillage = { code: string; name: string; kecamatan: string | null; kabupaten: string | null };

const VILLAGE_SELECT = {
  code: true,
  region: { select: { name: true, parent: { select: { name: true, parent: { select: { name: true } } } } } },
} as const satisfies Prisma.VillageSelect;

/** A village that uses Lontar, with the names of its kecamatan and kabupaten; null when unknown. */
export async function findPublicVillage(villageCode: string): Promise<PublicVillage | null> {
  if (!VILLAGE_CODE.test(villageCode)) return null;
  const village = await db.village.findFirst({ where: { code: villageCode, active: true }, select: VILLAGE_SELECT });
  if (!village) return null;
  return { code: village.code, name: village.region.name, kecamatan: village.region.parent?.name ?? null, kabupaten: village.region.parent?.parent?.name ?? null };
}

export type PublicRegulationRow = { id: string; number: string; year: number; title: string; status: "IN_FORCE" | "REVOKED"; enactedOn: Date | null };

/** The village's enacted regulations, newest year first; null when the village is unknown. */
export async function listPublicRegulations(villageCode: string): Promise<{ village: PublicVillage; regulations: PublicRegulationRow[] } | null> {
  const village = await findPublicVillage(villageCode);
  if (!village) return null;
  const rows = await db.villageRegulation.findMany({
    where: { villageCode: village.code, status: { in: [...PUBLIC_STATUSES] } },
    select: { id: true, number: true, year: true, title: true, status: true, enactedOn: true },
  });
  return { village, regulations: (rows as PublicRegulationRow[]).sort(byYearAndNumber) };
}

export type PublicRegulation = PublicRegulationRow & { articles: { id: string; number: string; heading: string | null; text: string }[] };

/** One enacted regulation of the village with its articles in order; null for a draft, another village's or an unknown one. */
export async function getPublicRegulation(villageCode: string, id: string): Promise<{ village: PublicVillage; regulation: PublicRegulation } | null> {
  if (!UUID.test(id)) return null;
  const village = await findPublicVillage(villageCode);
  if (!village) return null;
  const regulation = await db.villageRegulation.findFirst({
    where: { id, villageCode: village.code, status: { in: [...PUBLIC_STATUSES] } },
    select: {
      id: true, number: true, year: true, title: true, status: true, enactedOn: true,
      articles: { select: { id: true, number: true, heading: true, text: true }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }] },
    },
  });
  return regulation ? { village, regulation: regulation as PublicRegulation } : null;
}
