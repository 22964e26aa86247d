// The synthetic province: Banten's eight kabupaten/kota with their real Kemendagri codes and
// roughly their real number of kecamatan and desa/kelurahan (155 and 1,552), scaled to the
// number of villages asked for. Kecamatan and desa that the migrations already hold (Pontang,
// Tirtayasa, Tanara in Kabupaten Serang, with their real desa) are kept as they are; the rest
// get valid dotted codes (36.04.07, 36.04.07.2003; kelurahan of a kota 36.71.02.1004) and
// generated names. Migrant-sending areas weigh more: the north coast of Serang (where Lontar
// is) most, the cities least.

import { placeName } from "./names";
import { Rng } from "./prng";

export type RegionRow = { code: string; name: string; level: number; parentCode: string | null };

export type BenchVillage = {
  code: string;
  name: string;
  kecamatanCode: string;
  /** Index into kecamatan list, for the NIK serial counters. */
  kecamatanIndex: number;
  kabupatenName: string;
  weight: number;
  dusun: string[];
};

export type BenchRegions = {
  /** Rows to insert (ON CONFLICT DO NOTHING keeps the migrations' own rows). */
  rows: RegionRow[];
  villages: BenchVillage[];
  /** Six-digit kecamatan codes (360413), by kecamatanIndex; the last ones are outside Banten. */
  kecamatanDigits: string[];
};

const KABUPATEN = [
  { code: "36.01", name: "Kabupaten Pandeglang", kecamatan: 35, desa: 339, kota: false, weight: 1.0 },
  { code: "36.02", name: "Kabupaten Lebak", kecamatan: 28, desa: 345, kota: false, weight: 0.9 },
  { code: "36.03", name: "Kabupaten Tangerang", kecamatan: 29, desa: 274, kota: false, weight: 1.1 },
  { code: "36.04", name: "Kabupaten Serang", kecamatan: 29, desa: 326, kota: false, weight: 1.4 },
  { code: "36.71", name: "Kota Tangerang", kecamatan: 13, desa: 104, kota: true, weight: 0.4 },
  { code: "36.72", name: "Kota Cilegon", kecamatan: 8, desa: 43, kota: true, weight: 0.5 },
  { code: "36.73", name: "Kota Serang", kecamatan: 6, desa: 67, kota: true, weight: 0.6 },
  { code: "36.74", name: "Kota Tangerang Selatan", kecamatan: 7, desa: 54, kota: true, weight: 0.3 },
] as const;

/** Kecamatan of Serang's north coast, the main migrant-sending area of the province. */
const HOTSPOTS = new Set(["36.04.12", "36.04.13", "36.04.14"]);

/** The demo village (Desa Lontar): made the biggest, so its organizer is the heaviest village scope. */
export const BIGGEST_VILLAGE = "36.04.13.2007";

/** NIKs first issued outside Banten (people who moved in): Bogor, Cirebon, Indramayu, Jakarta… */
const OUTSIDE_KECAMATAN = ["320101", "320102", "320901", "320905", "321201", "321207", "317101", "317405", "330101", "350101"];

/** The synthetic organizer of a village, as the audit log names who entered its records. */
export function organizerEmail(villageCode: string): string {
  return `pendamping.${villageCode.replaceAll(".", "")}@desa.lontar.id`;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

export function buildRegions(seed: string, villagesTarget: number, existing: readonly RegionRow[]): BenchRegions {
  const rng = new Rng(`${seed}:regions`);
  const existingByParent = new Map<string, RegionRow[]>();
  for (const r of existing) {
    if (!r.parentCode) continue;
    const list = existingByParent.get(r.parentCode) ?? [];
    list.push(r);
    existingByParent.set(r.parentCode, list);
  }
  const existingCodes = new Set(existing.map((r) => r.code));
  const totalDesa = KABUPATEN.reduce((s, k) => s + k.desa, 0);
  const rows: RegionRow[] = [{ code: "36", name: "Banten", level: 1, parentCode: null }];
  const villages: BenchVillage[] = [];
  const kecamatanDigits: string[] = [];

  for (const kab of KABUPATEN) {
    rows.push({ code: kab.code, name: kab.name, level: 2, parentCode: "36" });
    const desaHere = Math.max(kab.kecamatan, Math.round((kab.desa * villagesTarget) / totalDesa));
    const kecamatanCount = Math.max(1, Math.min(kab.kecamatan, Math.round(desaHere / 3)));
    // Real kecamatan (from the migrations) keep their code, name and desa; the rest are numbered.
    const kecamatanCodes = (existingByParent.get(kab.code) ?? []).filter((r) => r.level === 3).map((r) => r.code);
    for (let i = 1; kecamatanCodes.length < kecamatanCount; i++) {
      const code = `${kab.code}.${pad2(i)}`;
      if (!kecamatanCodes.includes(code)) kecamatanCodes.push(code);
    }
    kecamatanCodes.sort();
    const realDesa = kecamatanCodes.reduce((s, k) => s + (existingByParent.get(k)?.filter((r) => r.level === 4).length ?? 0), 0);
    const syntheticKecamatan = kecamatanCodes.filter((k) => !(existingByParent.get(k)?.some((r) => r.level === 4)));
    let desaLeft = Math.max(syntheticKecamatan.length, desaHere - realDesa);

    for (const kecCode of kecamatanCodes) {
      const kecamatanIndex = kecamatanDigits.length;
      kecamatanDigits.push(kecCode.replaceAll(".", ""));
      const real = existingByParent.get(kecCode)?.filter((r) => r.level === 4) ?? [];
      if (!existingCodes.has(kecCode)) rows.push({ code: kecCode, name: placeName(rng), level: 3, parentCode: kab.code });
      const hot = HOTSPOTS.has(kecCode) ? 2.2 : 1;
      let desaList: { code: string; name: string }[];
      if (real.length) {
        desaList = real.map((r) => ({ code: r.code, name: r.name }));
      } else {
        const remainingKec = syntheticKecamatan.length - syntheticKecamatan.indexOf(kecCode);
        const n = Math.max(1, Math.round(desaLeft / remainingKec + rng.normal() * 2));
        desaLeft -= n;
        desaList = Array.from({ length: n }, (_, i) => ({
          code: `${kecCode}.${kab.kota ? 1001 + i : 2001 + i}`,
          name: placeName(rng),
        }));
        for (const d of desaList) rows.push({ code: d.code, name: d.name, level: 4, parentCode: kecCode });
      }
      for (const d of desaList) {
        villages.push({
          code: d.code,
          name: d.name,
          kecamatanCode: kecCode,
          kecamatanIndex,
          kabupatenName: kab.name.replace(/^(Kabupaten|Kota) /, ""),
          // Log-normal spread of village sizes: most a few hundred people, some several thousand.
          weight: kab.weight * hot * Math.exp(rng.normal() * 0.55),
          dusun: Array.from({ length: rng.int(3, 7) }, () => placeName(rng)),
        });
      }
    }
  }
  const lontar = villages.find((v) => v.code === BIGGEST_VILLAGE);
  if (lontar) lontar.weight = 1.3 * Math.max(...villages.map((v) => v.weight));
  for (const outside of OUTSIDE_KECAMATAN) kecamatanDigits.push(outside);
  return { rows, villages, kecamatanDigits };
}
