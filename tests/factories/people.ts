// People and households for tests, the demo seed and e2e fixtures, inserted straight through
// Prisma with a valid NIK (makeNik) and Nomor KK. Framework-free: pass any PrismaClient.
import type { FamilyRelation, Household, Person, PrismaClient, Sex } from "../../lib/db/generated/client";
import { makeNik } from "../../lib/registry/nik";
import { ensureVillage } from "./villages";

type Db = Pick<PrismaClient, "person" | "household" | "region" | "village">;

// NIK serials (0001–9999) from a random start, so that processes sharing a database (e2e
// fixtures, the seed) rarely collide; within one process they never repeat before 9999.
let serial = Math.floor(Math.random() * 9000);
function nextSerial(): number {
  serial = (serial % 9999) + 1;
  return serial;
}

/** The kecamatan part of a village code: 36.04.13.2007 → 360413. */
export function kecamatanOf(villageCode: string): string {
  return villageCode.split(".").slice(0, 3).join("");
}

export type TestPersonOptions = Partial<Omit<Person, "id" | "createdAt" | "updatedAt">> & { villageCode: string; serial?: number };

export async function createTestPerson(db: Db, opts: TestPersonOptions): Promise<Person> {
  const { serial: wanted, ...overrides } = opts;
  await ensureVillage(db, opts.villageCode);
  const sex: Sex = overrides.sex ?? "FEMALE";
  const birthDate = overrides.birthDate ?? new Date(Date.UTC(1995, 4, 17));
  const nik = overrides.nik ?? makeNik(kecamatanOf(opts.villageCode), birthDate, sex, wanted ?? nextSerial());
  return db.person.create({
    data: {
      name: "Siti Aminah",
      birthPlace: "Serang",
      ...overrides,
      sex,
      birthDate,
      nik,
    },
  });
}

let kkSerial = 0;
/** A Nomor KK: area code, date of issue (ddmmyy) and a serial. */
export function makeKkNumber(villageCode: string, issued = new Date(Date.UTC(2015, 2, 9)), n?: number): string {
  kkSerial += 1;
  const pad = (v: number, w = 2) => String(v).padStart(w, "0");
  const s = n ?? (kkSerial * 7919 + Math.floor(Math.random() * 1000)) % 10000;
  return `${kecamatanOf(villageCode)}${pad(issued.getUTCDate())}${pad(issued.getUTCMonth() + 1)}${pad(issued.getUTCFullYear() % 100)}${pad(s || 1, 4)}`;
}

export type TestHouseholdOptions = Partial<Omit<Household, "id" | "createdAt" | "updatedAt">> & {
  villageCode: string;
  /** People (already created, same village) and their relation to the head. */
  members?: { personId: string; relation: FamilyRelation }[];
};

export async function createTestHousehold(db: Db, opts: TestHouseholdOptions): Promise<Household> {
  const { members = [], ...fields } = opts;
  await ensureVillage(db, opts.villageCode);
  const household = await db.household.create({
    data: { kkNumber: fields.kkNumber ?? makeKkNumber(opts.villageCode), ...fields },
  });
  for (const m of members) {
    await db.person.update({ where: { id: m.personId }, data: { householdId: household.id, relationToHead: m.relation } });
  }
  return household;
}
