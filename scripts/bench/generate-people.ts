// One synthetic household (a Kartu Keluarga) and its members: a head, usually a spouse,
// children, sometimes a parent or another relative. Ages, sex, NIK and KK numbers are
// consistent (the NIK's date part is the birth date, +40 for women; its kecamatan is where it
// was first issued: mostly the village's own, sometimes elsewhere in Banten or outside it).

import { makeNik } from "../../lib/registry/nik";
import { ANCHOR_DAY, DAY_MS, dayOf, dayOfYear, yearOf } from "./days";
import { personName, type NamePickers } from "./names";
import { weighted, type Rng } from "./prng";
import type { BenchRegions, BenchVillage } from "./regions";

export type Sex = "MALE" | "FEMALE";
export type Relation = "HEAD" | "SPOUSE" | "CHILD" | "PARENT" | "SIBLING" | "GRANDCHILD" | "IN_LAW" | "OTHER";

export type Member = {
  id: string;
  name: string;
  sex: Sex;
  birthDay: number;
  relation: Relation;
  nik: string;
  maritalStatus: string | null;
  education: string | null;
};

export type Household = {
  id: string;
  village: BenchVillage;
  kkNumber: string;
  dusun: string;
  rt: string;
  rw: string;
  address: string;
  members: Member[];
};

const NIK_DAY0 = dayOf("1930-01-01");
const NIK_DAYS = dayOf("2030-01-01") - NIK_DAY0; // two-digit years never repeat inside this span
const KK_DAY0 = dayOf("2005-01-01");
const KK_DAYS = ANCHOR_DAY - KK_DAY0;

const SIZE = weighted<number>([[1, 12], [2, 18], [3, 24], [4, 24], [5, 14], [6, 8]]);
const OTHER_RELATION = weighted<Relation>([["PARENT", 40], ["SIBLING", 20], ["GRANDCHILD", 15], ["IN_LAW", 15], ["OTHER", 10]]);

/**
 * Hands out NIK and KK serials so that every number is unique: one 16-bit counter per
 * (kecamatan, date, sex) and per (kecamatan, issue date), in typed arrays (≈30 MB for a
 * province) instead of a million-entry Set of strings.
 */
export class SerialCounters {
  private readonly nik: Uint16Array;
  private readonly kk: Uint16Array;

  constructor(readonly kecamatanDigits: readonly string[]) {
    this.nik = new Uint16Array(kecamatanDigits.length * NIK_DAYS * 2);
    this.kk = new Uint16Array(kecamatanDigits.length * KK_DAYS);
  }

  makeNik(kecamatanIndex: number, birthDay: number, sex: Sex): string {
    const slot = (kecamatanIndex * NIK_DAYS + (birthDay - NIK_DAY0)) * 2 + (sex === "FEMALE" ? 1 : 0);
    const serial = ++this.nik[slot]!;
    if (serial > 9999) throw new Error("NIK serials exhausted for one kecamatan and day: too many people for the regions");
    return makeNik(this.kecamatanDigits[kecamatanIndex]!, new Date(birthDay * DAY_MS), sex, serial);
  }

  /** Nomor KK: kecamatan, date of issue (DDMMYY), serial. */
  makeKk(kecamatanIndex: number, rng: Rng): string {
    for (;;) {
      const issueDay = KK_DAY0 + rng.int(0, KK_DAYS - 1);
      const slot = kecamatanIndex * KK_DAYS + (issueDay - KK_DAY0);
      if (this.kk[slot]! >= 9999) continue;
      const serial = ++this.kk[slot]!;
      const d = new Date(issueDay * DAY_MS);
      const pad = (n: number, w = 2) => String(n).padStart(w, "0");
      return `${this.kecamatanDigits[kecamatanIndex]}${pad(d.getUTCDate())}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCFullYear() % 100)}${pad(serial, 4)}`;
    }
  }
}

function birthDayIn(rng: Rng, fromYear: number, toYear: number): number {
  const year = Math.max(1932, Math.min(yearOf(ANCHOR_DAY) - 1, rng.int(fromYear, toYear)));
  return Math.min(ANCHOR_DAY - 1, dayOfYear(year, rng.float()));
}

function education(rng: Rng, birthYear: number): string | null {
  const age = yearOf(ANCHOR_DAY) - birthYear;
  if (age < 7) return null;
  if (rng.chance(0.08)) return null; // not filled in
  const younger = birthYear >= 1985;
  const r = rng.float();
  if (age < 13) return "SD";
  if (r < (younger ? 0.02 : 0.1)) return "NONE";
  if (r < (younger ? 0.25 : 0.55)) return "SD";
  if (r < (younger ? 0.55 : 0.8)) return "SMP";
  if (r < (younger ? 0.9 : 0.95)) return "SMA";
  if (r < (younger ? 0.95 : 0.97)) return "DIPLOMA";
  return rng.chance(0.9) ? "S1" : "S2_PLUS";
}

export class HouseholdFactory {
  constructor(
    private readonly rng: Rng,
    private readonly names: NamePickers,
    private readonly regions: BenchRegions,
    private readonly serials: SerialCounters,
  ) {}

  /** The kecamatan where a NIK was first issued: usually the village's own. */
  private nikKecamatan(village: BenchVillage): number {
    const r = this.rng.float();
    if (r < 0.86) return village.kecamatanIndex;
    const digits = this.regions.kecamatanDigits;
    const outsideFrom = digits.length - 10;
    if (r < 0.985) return this.rng.int(0, outsideFrom - 1);
    return this.rng.int(outsideFrom, digits.length - 1);
  }

  private member(village: BenchVillage, relation: Relation, sex: Sex, birthDay: number, married: boolean): Member {
    const rng = this.rng;
    const age = (ANCHOR_DAY - birthDay) / 365.25;
    let maritalStatus: string | null = null;
    if (age >= 17) {
      if (married) maritalStatus = "MARRIED";
      else if (relation === "CHILD" || relation === "SIBLING" || relation === "GRANDCHILD") maritalStatus = age > 24 && rng.chance(0.35) ? "MARRIED" : "SINGLE";
      else maritalStatus = age > 55 ? (rng.chance(0.7) ? "WIDOWED" : "MARRIED") : rng.pick(["SINGLE", "DIVORCED", "WIDOWED", "DIVORCED"]);
      if (rng.chance(0.05)) maritalStatus = null;
    }
    return {
      id: rng.uuid(),
      name: personName(rng, this.names, sex),
      sex,
      birthDay,
      relation,
      nik: this.serials.makeNik(this.nikKecamatan(village), birthDay, sex),
      maritalStatus,
      education: education(rng, yearOf(birthDay)),
    };
  }

  build(village: BenchVillage, maxSize: number): Household {
    const rng = this.rng;
    const size = Math.min(maxSize, SIZE.pick(rng));
    const members: Member[] = [];
    const withSpouse = size >= 2 && rng.chance(0.86);
    // Single-person households: a young adult or a widow(er); the heads of families are older.
    const headBirthYear = size === 1 ? rng.int(1960, 2004) : rng.int(1952, 1998);
    const headSex: Sex = withSpouse ? (rng.chance(0.9) ? "MALE" : "FEMALE") : rng.chance(0.5) ? "MALE" : "FEMALE";
    const head = this.member(village, "HEAD", headSex, birthDayIn(rng, headBirthYear, headBirthYear), withSpouse);
    members.push(head);
    let motherBirthYear = headSex === "FEMALE" ? headBirthYear : headBirthYear + rng.int(0, 7);
    if (withSpouse) {
      const spouseYear = headSex === "MALE" ? headBirthYear + rng.int(-2, 9) : headBirthYear - rng.int(0, 6);
      if (headSex === "MALE") motherBirthYear = spouseYear;
      members.push(this.member(village, "SPOUSE", headSex === "MALE" ? "FEMALE" : "MALE", birthDayIn(rng, spouseYear, spouseYear), true));
    }
    while (members.length < size) {
      if (rng.chance(0.86)) {
        const from = motherBirthYear + 18;
        const to = Math.min(yearOf(ANCHOR_DAY) - 1, motherBirthYear + 42);
        members.push(this.member(village, "CHILD", rng.chance(0.5) ? "MALE" : "FEMALE", birthDayIn(rng, from, Math.max(from, to)), false));
      } else {
        const relation = OTHER_RELATION.pick(rng);
        const year =
          relation === "PARENT" || relation === "IN_LAW" ? headBirthYear - rng.int(20, 34)
          : relation === "GRANDCHILD" ? headBirthYear + rng.int(38, 50)
          : headBirthYear + rng.int(-8, 8);
        members.push(this.member(village, relation, rng.chance(0.55) ? "FEMALE" : "MALE", birthDayIn(rng, year, year), relation === "IN_LAW" && rng.chance(0.5)));
      }
    }
    const dusunIndex = rng.int(0, village.dusun.length - 1);
    const rw = dusunIndex + 1 + (rng.chance(0.3) ? village.dusun.length : 0);
    return {
      id: rng.uuid(),
      village,
      kkNumber: this.serials.makeKk(village.kecamatanIndex, rng),
      dusun: village.dusun[dusunIndex]!,
      rt: String(rng.int(1, 8)).padStart(3, "0"),
      rw: String(rw).padStart(3, "0"),
      address: `Kp. ${village.dusun[dusunIndex]}${rng.chance(0.3) ? ` No. ${rng.int(1, 120)}` : ""}`,
      members,
    };
  }
}
