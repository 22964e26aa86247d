// Places for tests, the seed and e2e fixtures: a region chain (province → kabupaten/kota →
// kecamatan → desa) and the Village row, inserted when missing and left alone when present
// (the migrations already hold part of Banten). Framework-free: pass any PrismaClient.
import type { PrismaClient } from "../../lib/db/generated/client";

/** Real names for the codes tests use most; any other code gets a made-up name. */
export const KNOWN_REGION_NAMES: Readonly<Record<string, string>> = {
  "36": "Banten",
  "36.01": "Kabupaten Pandeglang",
  "36.01.01": "Sumur",
  "36.01.01.2001": "Sumberjaya",
  "36.04": "Kabupaten Serang",
  "36.04.13": "Tirtayasa",
  "36.04.13.2007": "Lontar",
  "36.04.13.2008": "Susukan",
};

type Db = Pick<PrismaClient, "region" | "village">;

/** The codes of a region and all its parents, from the province down: 36, 36.04, 36.04.13, … */
export function regionChain(code: string): string[] {
  const parts = code.split(".");
  return parts.map((_, i) => parts.slice(0, i + 1).join("."));
}

/** Inserts the region and its parents if missing. */
export async function ensureRegion(db: Db, code: string, names: Record<string, string> = {}): Promise<void> {
  let parentCode: string | null = null;
  for (const c of regionChain(code)) {
    const level = c.split(".").length;
    const name = names[c] ?? KNOWN_REGION_NAMES[c] ?? `Wilayah ${c}`;
    await db.region.upsert({ where: { code: c }, update: {}, create: { code: c, name, level, parentCode } });
    parentCode = c;
  }
}

/** Inserts the region chain and the Village row if missing; returns the village code. */
export async function ensureVillage(
  db: Db,
  code: string,
  opts: { names?: Record<string, string>; active?: boolean } = {},
): Promise<string> {
  if (!/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(code)) throw new Error(`not a village code: ${code}`);
  await ensureRegion(db, code, opts.names);
  await db.village.upsert({ where: { code }, update: {}, create: { code, active: opts.active ?? true } });
  return code;
}
