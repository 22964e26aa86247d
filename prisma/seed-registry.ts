// Registry demo data: people and households of Desa Lontar (two families and a few others)
// and of Desa Susukan, to show village scoping. Idempotent: a person is matched by NIK, a
// household by Nomor KK. Placements are added by the placements demo, not here.
import type { Education, FamilyRelation, MaritalStatus, PrismaClient, Sex } from "../lib/db/generated/client";
import { makeNik } from "../lib/registry/nik";
import { createTestHousehold, createTestPerson, kecamatanOf } from "../tests/factories/people";
import { DEMO_VILLAGES } from "./seed";

type DemoPerson = {
  name: string;
  sex: Sex;
  born: string;
  birthPlace: string;
  serial: number;
  dusun: string;
  rt: string;
  rw: string;
  education?: Education;
  maritalStatus?: MaritalStatus;
  phone?: string;
  household?: { kk: string; relation: FamilyRelation };
};

const LONTAR_KK_SARMANI = "3604131203100021";
const LONTAR_KK_JAENUDIN = "3604130908120034";

const LONTAR: DemoPerson[] = [
  { name: "Sarmani", sex: "MALE", born: "1968-03-14", birthPlace: "Serang", serial: 1, dusun: "Kampung Lontar", rt: "002", rw: "001", education: "SD", maritalStatus: "MARRIED", household: { kk: LONTAR_KK_SARMANI, relation: "HEAD" } },
  { name: "Rohimah", sex: "FEMALE", born: "1972-07-02", birthPlace: "Serang", serial: 2, dusun: "Kampung Lontar", rt: "002", rw: "001", education: "SD", maritalStatus: "MARRIED", household: { kk: LONTAR_KK_SARMANI, relation: "SPOUSE" } },
  { name: "Siti Aminah", sex: "FEMALE", born: "1996-01-23", birthPlace: "Serang", serial: 3, dusun: "Kampung Lontar", rt: "002", rw: "001", education: "SMA", maritalStatus: "SINGLE", phone: "081234567801", household: { kk: LONTAR_KK_SARMANI, relation: "CHILD" } },
  { name: "Ahmad Fauzan", sex: "MALE", born: "2001-10-05", birthPlace: "Serang", serial: 4, dusun: "Kampung Lontar", rt: "002", rw: "001", education: "SMA", maritalStatus: "SINGLE", household: { kk: LONTAR_KK_SARMANI, relation: "CHILD" } },
  { name: "Jaenudin", sex: "MALE", born: "1975-11-30", birthPlace: "Tirtayasa", serial: 5, dusun: "Kampung Sukamanah", rt: "004", rw: "002", education: "SMP", maritalStatus: "MARRIED", phone: "085712345602", household: { kk: LONTAR_KK_JAENUDIN, relation: "HEAD" } },
  { name: "Nurhayati", sex: "FEMALE", born: "1980-04-18", birthPlace: "Tirtayasa", serial: 6, dusun: "Kampung Sukamanah", rt: "004", rw: "002", education: "SMP", maritalStatus: "MARRIED", household: { kk: LONTAR_KK_JAENUDIN, relation: "SPOUSE" } },
  { name: "Euis Kurniasih", sex: "FEMALE", born: "1999-08-09", birthPlace: "Serang", serial: 7, dusun: "Kampung Sukamanah", rt: "004", rw: "002", education: "SMA", maritalStatus: "SINGLE", phone: "087812345603", household: { kk: LONTAR_KK_JAENUDIN, relation: "CHILD" } },
  { name: "Muhammad Rizki", sex: "MALE", born: "2008-02-27", birthPlace: "Serang", serial: 8, dusun: "Kampung Sukamanah", rt: "004", rw: "002", education: "SMP", maritalStatus: "SINGLE", household: { kk: LONTAR_KK_JAENUDIN, relation: "CHILD" } },
  { name: "Eti Suhaeti", sex: "FEMALE", born: "1990-06-12", birthPlace: "Pontang", serial: 9, dusun: "Kampung Lontar", rt: "001", rw: "001", education: "SMP", maritalStatus: "DIVORCED", phone: "081398765404" },
  { name: "Ujang Saepudin", sex: "MALE", born: "1988-12-01", birthPlace: "Serang", serial: 10, dusun: "Kampung Pasir", rt: "003", rw: "003", education: "SMA", maritalStatus: "MARRIED" },
  { name: "Neneng Hasanah", sex: "FEMALE", born: "1993-09-21", birthPlace: "Tanara", serial: 11, dusun: "Kampung Pasir", rt: "003", rw: "003", education: "SMA", maritalStatus: "MARRIED", phone: "089612345605" },
  { name: "Dede Rohman", sex: "MALE", born: "1985-05-05", birthPlace: "Serang", serial: 12, dusun: "Kampung Lontar", rt: "001", rw: "002", education: "SD", maritalStatus: "MARRIED" },
];

const SUSUKAN: DemoPerson[] = [
  { name: "Rosidah", sex: "FEMALE", born: "1992-03-03", birthPlace: "Serang", serial: 101, dusun: "Kampung Susukan", rt: "001", rw: "001", education: "SMP", maritalStatus: "MARRIED" },
  { name: "Ahmad Baihaki", sex: "MALE", born: "1987-07-17", birthPlace: "Serang", serial: 102, dusun: "Kampung Susukan", rt: "002", rw: "001", education: "SMA", maritalStatus: "MARRIED" },
  { name: "Iis Sumiati", sex: "FEMALE", born: "1997-11-11", birthPlace: "Tirtayasa", serial: 103, dusun: "Kampung Pangkalan", rt: "003", rw: "002", education: "SMA", maritalStatus: "SINGLE" },
];

const HOUSEHOLD_ADDRESS: Record<string, { address: string; dusun: string; rt: string; rw: string }> = {
  [LONTAR_KK_SARMANI]: { address: "Kampung Lontar RT 002/RW 001", dusun: "Kampung Lontar", rt: "002", rw: "001" },
  [LONTAR_KK_JAENUDIN]: { address: "Kampung Sukamanah RT 004/RW 002", dusun: "Kampung Sukamanah", rt: "004", rw: "002" },
};

const day = (s: string) => new Date(`${s}T00:00:00Z`);

async function ensurePeople(db: PrismaClient, villageCode: string, people: DemoPerson[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>(); // NIK → id
  for (const p of people) {
    const birthDate = day(p.born);
    const nik = makeNik(kecamatanOf(villageCode), birthDate, p.sex, p.serial);
    const existing = await db.person.findUnique({ where: { nik }, select: { id: true } });
    const person =
      existing ??
      (await createTestPerson(db, {
        villageCode,
        nik,
        name: p.name,
        sex: p.sex,
        birthDate,
        birthPlace: p.birthPlace,
        address: `${p.dusun} RT ${p.rt}/RW ${p.rw}`,
        dusun: p.dusun,
        rt: p.rt,
        rw: p.rw,
        education: p.education ?? null,
        maritalStatus: p.maritalStatus ?? null,
        phone: p.phone ?? null,
      }));
    ids.set(nik, person.id);
  }
  return ids;
}

/** Adds the registry demo (12 people and 2 households in Lontar, 3 people in Susukan) where missing. */
export async function seedRegistryDemo(db: PrismaClient): Promise<void> {
  const lontar = await ensurePeople(db, DEMO_VILLAGES.lontar, LONTAR);
  await ensurePeople(db, DEMO_VILLAGES.susukan, SUSUKAN);

  for (const kk of [LONTAR_KK_SARMANI, LONTAR_KK_JAENUDIN]) {
    if (await db.household.findUnique({ where: { kkNumber: kk }, select: { id: true } })) continue;
    const members = LONTAR.filter((p) => p.household?.kk === kk).map((p) => ({
      personId: lontar.get(makeNik(kecamatanOf(DEMO_VILLAGES.lontar), day(p.born), p.sex, p.serial))!,
      relation: p.household!.relation,
    }));
    await createTestHousehold(db, { villageCode: DEMO_VILLAGES.lontar, kkNumber: kk, ...HOUSEHOLD_ADDRESS[kk], members });
  }
}
