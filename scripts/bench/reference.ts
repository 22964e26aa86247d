// Shares for synthetic placements, from the national figures in shared/docs/domain.md
// ("Scale"): 2024 placements by destination (Hong Kong 99,773; Taiwan 84,581; Malaysia 51,723;
// Japan 12,720; Singapore 10,819; South Korea 10,750; Saudi Arabia 7,759; 297,434 in all, the
// remaining 19,309 spread over the other destinations) and the main jobs (household helper,
// carer, plantation worker). Job mixes per country are plausible, not official.

import { Rng, WeightedPicker } from "./prng";
import { placeName } from "./names";

export const COUNTRY_SHARES: readonly (readonly [string, number])[] = [
  ["HK", 99_773], ["TW", 84_581], ["MY", 51_723], ["JP", 12_720], ["SG", 10_819], ["KR", 10_750], ["SA", 7_759],
  // 19,309 for the rest, roughly as BP2MI's tables spread them.
  ["BN", 4_200], ["AE", 2_300], ["QA", 1_500], ["PL", 1_400], ["MO", 1_300], ["KW", 1_100], ["TR", 1_000],
  ["AU", 900], ["DE", 800], ["OM", 800], ["BH", 700], ["NZ", 500], ["IT", 500], ["NL", 450], ["US", 400],
  ["GB", 350], ["JO", 300], ["EG", 150], ["DZ", 80], ["LB", 60], ["MA", 15], ["IQ", 2], ["TN", 2],
];

type JobMix = readonly (readonly [string, number])[];

const HOUSEHOLD_ASIA: JobMix = [["HOUSEKEEPER", 55], ["ELDERLY_CARER", 18], ["CHILD_CARER", 12], ["BABY_CARER", 8], ["COOK", 5], ["FAMILY_DRIVER", 1], ["GARDENER", 1]];
const MOR_FORMAL: JobMix = [["HOSPITALITY", 30], ["CONSTRUCTION_WORKER", 20], ["NURSE", 12], ["CLEANER", 15], ["FACTORY_WORKER", 10], ["WELDER", 8], ["OTHER", 5]];

const JOBS_BY_COUNTRY: Record<string, JobMix> = {
  HK: HOUSEHOLD_ASIA,
  MO: HOUSEHOLD_ASIA,
  SG: [["HOUSEKEEPER", 62], ["ELDERLY_CARER", 12], ["CHILD_CARER", 10], ["BABY_CARER", 6], ["HOSPITALITY", 4], ["CLEANER", 3], ["FACTORY_WORKER", 3]],
  TW: [["ELDERLY_CARER", 52], ["HOUSEKEEPER", 8], ["FACTORY_WORKER", 25], ["FISHING_CREW", 8], ["CAREGIVER_INSTITUTION", 5], ["CONSTRUCTION_WORKER", 2]],
  MY: [["PLANTATION_WORKER", 45], ["FACTORY_WORKER", 18], ["HOUSEKEEPER", 14], ["CONSTRUCTION_WORKER", 12], ["CLEANER", 4], ["HOSPITALITY", 4], ["WELDER", 3]],
  BN: [["HOUSEKEEPER", 40], ["PLANTATION_WORKER", 15], ["CONSTRUCTION_WORKER", 20], ["HOSPITALITY", 15], ["CLEANER", 10]],
  JP: [["CAREGIVER_INSTITUTION", 25], ["FACTORY_WORKER", 30], ["CONSTRUCTION_WORKER", 12], ["FISHING_CREW", 10], ["HOSPITALITY", 10], ["NURSE", 5], ["PLANTATION_WORKER", 5], ["WELDER", 3]],
  KR: [["FACTORY_WORKER", 72], ["FISHING_CREW", 20], ["CONSTRUCTION_WORKER", 5], ["PLANTATION_WORKER", 3]],
  // The one-channel pilot (SPSK) places household workers in Saudi Arabia; the rest is formal.
  SA: [["HOUSEKEEPER", 35], ["FAMILY_DRIVER", 10], ["COOK", 5], ...MOR_FORMAL],
};
const DEFAULT_JOBS: JobMix = [["FACTORY_WORKER", 20], ["HOSPITALITY", 20], ["NURSE", 10], ["CAREGIVER_INSTITUTION", 10], ["CONSTRUCTION_WORKER", 10], ["WELDER", 8], ["MERCHANT_CREW", 7], ["FISHING_CREW", 8], ["CLEANER", 5], ["OTHER", 2]];

const MORATORIUM = new Set(["SA", "DZ", "BH", "IQ", "KW", "LB", "LY", "MA", "MR", "EG", "OM", "PS", "QA", "SD", "SY", "TN", "AE", "YE", "JO"]);

/** Jobs mostly done by women (household and care work) and mostly by men (crews, building). */
export const FEMALE_JOBS = new Set(["HOUSEKEEPER", "ELDERLY_CARER", "CHILD_CARER", "BABY_CARER", "COOK", "CAREGIVER_INSTITUTION", "NURSE"]);
export const MALE_JOBS = new Set(["FISHING_CREW", "MERCHANT_CREW", "CONSTRUCTION_WORKER", "WELDER", "FAMILY_DRIVER", "GARDENER", "PLANTATION_WORKER"]);

/** Destination and job of a trip, drawn for a woman or for a man. */
export type Destination = Record<"FEMALE" | "MALE", WeightedPicker<readonly [string, string]>>;

/**
 * The joint (country, job) shares split by sex so that, with `femaleShare` of the workers
 * women, the mixture gives back the national country shares: household and care jobs go
 * to women (97%), crews, building and plantations to men (90%), and the share of women in
 * the other jobs (factories, hotels…) is whatever makes the totals add up.
 */
export function destinations(femaleShare = 0.7): Destination {
  const total = COUNTRY_SHARES.reduce((s, [, n]) => s + n, 0);
  const joint: { country: string; job: string; share: number }[] = [];
  for (const [country, n] of COUNTRY_SHARES) {
    let mix = JOBS_BY_COUNTRY[country] ?? DEFAULT_JOBS;
    // Household work in a moratorium country shows up too, as the non-procedural share.
    if (MORATORIUM.has(country) && !JOBS_BY_COUNTRY[country]) mix = [...MOR_FORMAL, ["HOUSEKEEPER", 12]];
    const mixTotal = mix.reduce((s, [, w]) => s + w, 0);
    for (const [job, w] of mix) joint.push({ country, job, share: (n / total) * (w / mixTotal) });
  }
  const sum = (pred: (job: string) => boolean) => joint.filter((j) => pred(j.job)).reduce((s, j) => s + j.share, 0);
  const femaleJobs = sum((j) => FEMALE_JOBS.has(j));
  const maleJobs = sum((j) => MALE_JOBS.has(j));
  const neutral = 1 - femaleJobs - maleJobs;
  const neutralFemale = Math.min(0.95, Math.max(0.05, (femaleShare - 0.97 * femaleJobs - 0.1 * maleJobs) / neutral));
  const womenIn = (job: string) => (FEMALE_JOBS.has(job) ? 0.97 : MALE_JOBS.has(job) ? 0.1 : neutralFemale);
  const picker = (weight: (j: (typeof joint)[number]) => number) =>
    new WeightedPicker(
      joint.map((j) => [j.country, j.job] as const),
      joint.map(weight),
    );
  return { FEMALE: picker((j) => j.share * womenIn(j.job)), MALE: picker((j) => j.share * (1 - womenIn(j.job))) };
}

export function isMoratoriumHousehold(country: string, job: string): boolean {
  return MORATORIUM.has(country) && FEMALE_JOBS.has(job) && !["NURSE", "CAREGIVER_INSTITUTION"].includes(job);
}

/** Licensed placement companies (P3MI): a few hundred names, a few of them very large. */
export function recruiters(seed: string, count = 420): WeightedPicker<string> {
  const rng = new Rng(`${seed}:recruiters`);
  const a = ["Bintang", "Mitra", "Karya", "Sinar", "Putra", "Duta", "Cahaya", "Bumi", "Anugerah", "Sukses", "Surya", "Mandiri", "Graha", "Nusa", "Prima", "Bina", "Tritama", "Perdana"];
  const b = ["Mulia", "Abadi", "Sejahtera", "Utama", "Jaya", "Makmur", "Sentosa", "Lestari", "Gemilang", "Bersama", "Insani", "Amanah", "Harapan", "Buana", "Persada", "Kencana"];
  const c = ["Sejahtera", "Indonesia", "Internasional", "Nusantara", "Perkasa", "Mandiri", "Raya", "Sentosa", "Utama", "Global"];
  const names = new Set<string>();
  while (names.size < count) names.add(`PT ${rng.pick(a)} ${rng.pick(b)} ${rng.pick(c)}`);
  const list = [...names];
  return new WeightedPicker(
    list,
    list.map((_, i) => 1 / Math.pow(i + 3, 1.1)),
  );
}

const EMPLOYER_SURNAMES: Record<string, string[]> = {
  HK: ["Chan", "Wong", "Lee", "Cheung", "Lau", "Ho", "Ng", "Leung", "Tang", "Yip"],
  MO: ["Chan", "Wong", "Leong", "Lei", "Ho"],
  TW: ["Chen", "Lin", "Huang", "Chang", "Li", "Wang", "Wu", "Liu", "Tsai", "Yang"],
  SG: ["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua"],
  MY: ["Tan", "Lim", "Wong", "Ahmad", "Ismail", "Abdullah", "Lee"],
  JP: ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto"],
  KR: ["Kim", "Lee", "Park", "Choi", "Jung", "Kang"],
  SA: ["Al-Harbi", "Al-Otaibi", "Al-Qahtani", "Al-Ghamdi", "Al-Zahrani"],
};

export function employerName(rng: Rng, country: string, job: string): string | null {
  if (rng.chance(0.15)) return null;
  const surnames = EMPLOYER_SURNAMES[country] ?? ["Global", "United", "Prime", "Star"];
  const s = rng.pick(surnames);
  if (FEMALE_JOBS.has(job) && !["NURSE", "CAREGIVER_INSTITUTION"].includes(job)) return `${rng.chance(0.5) ? "Mr." : "Mrs."} ${s} ${rng.int(1, 99) < 50 ? "" : rng.pick(surnames)}`.trim();
  const suffix: Record<string, string> = { MY: "Sdn Bhd", JP: "Co., Ltd.", KR: "Co., Ltd.", TW: "Co., Ltd.", SG: "Pte Ltd", HK: "Ltd" };
  return `${s} ${rng.pick(["Industries", "Manufacturing", "Plantation", "Services", "Marine", "Engineering", "Care"])} ${suffix[country] ?? "LLC"}`;
}

/** An individual broker (calo/sponsor), named as villagers name them. */
export function agentName(rng: Rng): string {
  return `${rng.pick(["Pak", "Bu", "Haji", "Bang", "Mang"])} ${rng.pick(["Udin", "Jaja", "Encep", "Romlah", "Sarmadi", "Juhri", "Entin", "Dadang", "Oji"])} ${rng.chance(0.4) ? placeName(rng) : ""}`.trim();
}
