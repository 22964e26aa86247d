import { headerKey } from "./fields";

// Destination countries and jobs are reference data (tables Country and Job). A cell may hold
// the code ("HK"), the Indonesian or English name, or a common everyday name. Names that could
// mean two things ("caregiver": at home or in an institution) are deliberately absent: the row
// is refused and the organizer writes the exact job.

export type ReferenceRow = { code: string; nameId: string; nameEn: string };
export type ReferenceLookup = { country: (text: string) => string | null; job: (text: string) => string | null };

const COUNTRY_ALIASES: Record<string, string> = {
  hongkong: "HK", hk: "HK", hongkongsar: "HK",
  taiwanroc: "TW", republicofchina: "TW",
  malaysiamy: "MY",
  jepang: "JP", japan: "JP",
  singapore: "SG", singapur: "SG",
  korea: "KR", korsel: "KR", koreaselatan: "KR", southkorea: "KR", republicofkorea: "KR",
  brunei: "BN", bruneidarussalam: "BN",
  makau: "MO", makao: "MO", macau: "MO", macao: "MO",
  arabsaudi: "SA", saudi: "SA", saudiarabia: "SA", ksa: "SA", arab: "SA",
  uea: "AE", uae: "AE", emirat: "AE", uniemiratarab: "AE", dubai: "AE", abudhabi: "AE",
  turki: "TR", turkey: "TR", turkiye: "TR",
  amerika: "US", usa: "US", amerikaserikat: "US",
  inggris: "GB", uk: "GB", britania: "GB",
  yordania: "JO", jordan: "JO",
};

const JOB_ALIASES: Record<string, string> = {
  prt: "HOUSEKEEPER", art: "HOUSEKEEPER", pembanturumahtangga: "HOUSEKEEPER", asistenrumahtangga: "HOUSEKEEPER",
  penatalaksanarumahtangga: "HOUSEKEEPER", domesticworker: "HOUSEKEEPER", housemaid: "HOUSEKEEPER", maid: "HOUSEKEEPER",
  babysitter: "BABY_CARER", pengasuhbalita: "BABY_CARER",
  perawatlansia: "ELDERLY_CARER", penjagalansia: "ELDERLY_CARER", jompo: "ELDERLY_CARER", pengasuhjompo: "ELDERLY_CARER",
  kokirumahtangga: "COOK", koki: "COOK",
  sopir: "FAMILY_DRIVER", supir: "FAMILY_DRIVER", supirkeluarga: "FAMILY_DRIVER", driver: "FAMILY_DRIVER",
  tukangkebun: "GARDENER",
  cleaningservice: "CLEANER",
  ladang: "PLANTATION_WORKER", perkebunan: "PLANTATION_WORKER", pekerjaperkebunan: "PLANTATION_WORKER", buruhkebun: "PLANTATION_WORKER",
  plantationworker: "PLANTATION_WORKER", pekerjaladang: "PLANTATION_WORKER", petani: "PLANTATION_WORKER",
  abk: "FISHING_CREW", abkperikanan: "FISHING_CREW", nelayan: "FISHING_CREW", awakkapalperikanan: "FISHING_CREW", fishingcrew: "FISHING_CREW",
  pabrik: "FACTORY_WORKER", operator: "FACTORY_WORKER", operatorproduksi: "FACTORY_WORKER", buruhpabrik: "FACTORY_WORKER", manufaktur: "FACTORY_WORKER",
  konstruksi: "CONSTRUCTION_WORKER", kulibangunan: "CONSTRUCTION_WORKER", tukangbangunan: "CONSTRUCTION_WORKER",
  perawat: "NURSE", nurse: "NURSE",
  hotel: "HOSPITALITY", restoran: "HOSPITALITY", perhotelan: "HOSPITALITY", pelayanrestoran: "HOSPITALITY",
  las: "WELDER", welder: "WELDER",
  abkniaga: "MERCHANT_CREW", pelaut: "MERCHANT_CREW", seaman: "MERCHANT_CREW",
  lainnya: "OTHER", lain: "OTHER",
};

function table(rows: readonly ReferenceRow[], aliases: Record<string, string>): (text: string) => string | null {
  const codes = new Set(rows.map((r) => r.code));
  const byKey = new Map<string, string>();
  for (const [alias, code] of Object.entries(aliases)) if (codes.has(code)) byKey.set(alias, code);
  for (const r of rows) {
    byKey.set(headerKey(r.code), r.code);
    byKey.set(headerKey(r.nameId), r.code);
    byKey.set(headerKey(r.nameEn), r.code);
  }
  return (text) => byKey.get(headerKey(text)) ?? null;
}

export function makeReferenceLookup(countries: readonly ReferenceRow[], jobs: readonly ReferenceRow[]): ReferenceLookup {
  return { country: table(countries, COUNTRY_ALIASES), job: table(jobs, JOB_ALIASES) };
}
