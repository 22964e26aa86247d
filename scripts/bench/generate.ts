// The synthetic registry, streamed: households are drawn one at a time (village picked by
// weight, so villages interleave on disk as they would after years of use), their members
// written, and for the household's migrant workers their placements, checklist rows and
// check-ins. Nothing is kept but one household and a few counters, so a million people take
// the same memory as a thousand. Same seed, same rows.

import type { Cell } from "./copy-sink";
import { ANCHOR_DAY, dayOf, isoDay, isoMoment } from "./days";
import { HouseholdFactory, SerialCounters, type Member } from "./generate-people";
import { mobileNumber, planTrips, TRIPS, writePlacements, type ChecklistMode } from "./generate-placements";
import { namePickers } from "./names";
import { Rng, WeightedPicker } from "./prng";
import { destinations, recruiters } from "./reference";
import { organizerEmail, type BenchRegions } from "./regions";

export type RowSink = { row(values: readonly Cell[]): void; drain(): Promise<void> };
export type RegistrySinks = { household: RowSink; person: RowSink; placement: RowSink; requirement: RowSink; checkIn: RowSink; audit?: RowSink };

export const HOUSEHOLD_COLUMNS = ["id", "villageCode", "kkNumber", "address", "dusun", "rt", "rw", "createdAt", "updatedAt"] as const;
export const PERSON_COLUMNS = [
  "id", "villageCode", "nik", "name", "sex", "birthPlace", "birthDate", "address", "dusun", "rt", "rw", "phone",
  "education", "maritalStatus", "householdId", "relationToHead", "passportNumber", "healthNotes", "version", "createdAt", "updatedAt", "createdById",
] as const;
export const PLACEMENT_COLUMNS = [
  "id", "personId", "villageCode", "status", "countryCode", "jobCode", "employer", "recruiterName", "agentName", "agentPhone",
  "sip2miNumber", "channel", "contractStart", "contractEnd", "departureDate", "returnDate", "contactAbroadName", "contactAbroadPhone",
  "checklistComplete", "lastContactAt", "version", "createdAt", "updatedAt",
] as const;
export const REQUIREMENT_COLUMNS = ["placementId", "code", "status", "date", "verifiedById", "note", "updatedAt"] as const;
export const CHECK_IN_COLUMNS = ["id", "placementId", "personId", "villageCode", "contactedAt", "method", "wellbeing", "note", "recordedById", "createdAt"] as const;
export const AUDIT_COLUMNS = ["at", "actorEmail", "actorRole", "action", "entity", "entityId", "villageCode", "after"] as const;

export type GenerateOptions = {
  seed: string;
  people: number;
  placements: number;
  checklist: ChecklistMode;
  regions: BenchRegions;
  onProgress?: (done: { people: number; placements: number }) => void;
};

export type GenerateStats = { households: number; people: number; workers: number; femaleWorkers: number; placements: number };

/** People were entered from the village's adoption of Lontar until the anchor day. */
const REGISTRY_START = dayOf("2019-01-02");
/** Migrant workers are born 1965–2006 (18 or older when they leave, at most about 60). */
const WORKER_BORN_FROM = dayOf("1965-01-01");
const WORKER_BORN_TO = dayOf("2006-12-31");
const OTHER_BIRTHPLACES = ["Jakarta", "Bogor", "Indramayu", "Cirebon", "Lampung", "Karawang", "Sukabumi", "Cianjur"];
const HEALTH_NOTES = ["Hipertensi", "Diabetes tipe 2", "Asma", "Riwayat TBC, sudah sembuh", "Alergi obat", "Pernah operasi usus buntu"];

export async function generateRegistry(opts: GenerateOptions, sinks: RegistrySinks): Promise<GenerateStats> {
  const { regions } = opts;
  const rng = new Rng(`${opts.seed}:people`);
  const workRng = new Rng(`${opts.seed}:placements`);
  const factory = new HouseholdFactory(rng, namePickers(new Rng(`${opts.seed}:names`)), regions, new SerialCounters(regions.kecamatanDigits));
  const villages = new WeightedPicker(regions.villages, regions.villages.map((v) => v.weight));
  const placementContext = {
    rng: workRng,
    destination: destinations(),
    recruiters: recruiters(opts.seed),
    checklist: opts.checklist,
    writers: {
      placement: (v: readonly Cell[]) => sinks.placement.row(v),
      requirement: (v: readonly Cell[]) => sinks.requirement.row(v),
      checkIn: (v: readonly Cell[]) => sinks.checkIn.row(v),
      audit: (v: readonly Cell[]) => sinks.audit?.row(v),
    },
  };
  const stats: GenerateStats = { households: 0, people: 0, workers: 0, femaleWorkers: 0, placements: 0 };
  // How many placements a household brings when it sends workers (measured as we go), so that
  // the share of sending households lands the total on opts.placements.
  let potential = 0;

  while (stats.people < opts.people) {
    const household = factory.build(villages.pick(rng), opts.people - stats.people);
    const village = household.village;
    const createdDay = REGISTRY_START + Math.floor((stats.people / opts.people) * (ANCHOR_DAY - 1 - REGISTRY_START));
    const createdSeconds = rng.int(7 * 3600, 16 * 3600);
    sinks.household.row([
      household.id, village.code, household.kkNumber, household.address, household.dusun, household.rt, household.rw,
      isoMoment(createdDay, createdSeconds), isoMoment(createdDay, createdSeconds),
    ]);

    // Who of this household works abroad: women five times as likely as men.
    const candidates = household.members.filter((m) => m.birthDay >= WORKER_BORN_FROM && m.birthDay <= WORKER_BORN_TO);
    const plans = new Map<Member, ReturnType<typeof planTrips>>();
    if (candidates.length) {
      const wanted = Math.min(candidates.length, workRng.chance(0.55) ? 1 : workRng.chance(0.75) ? 2 : 3);
      const pool = [...candidates];
      let planned = 0;
      for (let i = 0; i < wanted; i++) {
        const picker = new WeightedPicker(pool, pool.map((m) => (m.sex === "FEMALE" ? 5 : 1)));
        const worker = picker.pick(workRng);
        pool.splice(pool.indexOf(worker), 1);
        // Men go less often (about 30% of workers are men, as in the national figures).
        if (worker.sex === "MALE" && workRng.chance(0.25)) continue;
        const trips = planTrips(workRng, worker.birthDay, TRIPS.pick(workRng));
        if (trips.length) plans.set(worker, trips);
        planned += trips.length;
      }
      potential += planned;
      const peopleAfter = stats.people + household.members.length;
      const need = (opts.placements - stats.placements) / Math.max(1, opts.people - stats.people);
      const rate = stats.people > 2000 ? potential / peopleAfter : need / 0.9;
      if (!workRng.chance(Math.min(1, need / Math.max(rate, 1e-9)))) plans.clear();
    }

    household.members.forEach((m, index) => {
      const trips = plans.get(m);
      const adult = ANCHOR_DAY - m.birthDay > 17 * 365.25;
      const travelled = trips?.some((t) => t.status !== "PROSPECTIVE" && t.status !== "CANCELLED");
      const birthPlaceRoll = rng.float();
      sinks.person.row([
        m.id, village.code, m.nik, m.name, m.sex,
        birthPlaceRoll < 0.75 ? village.kabupatenName : birthPlaceRoll < 0.9 ? village.name : rng.pick(OTHER_BIRTHPLACES),
        isoDay(m.birthDay), household.address, household.dusun, household.rt, household.rw,
        adult && rng.chance(trips ? 0.85 : 0.55) ? mobileNumber(rng) : null,
        m.education, m.maritalStatus, household.id, m.relation,
        travelled && rng.chance(0.85) ? `${rng.pick(["C", "C", "X", "E"])}${String(rng.int(0, 9_999_999)).padStart(7, "0")}` : null,
        adult && rng.chance(0.02) ? rng.pick(HEALTH_NOTES) : null,
        0, isoMoment(createdDay, createdSeconds + index), isoMoment(createdDay, createdSeconds + index), null,
      ]);
      // The entry createPerson writes (identifiers masked, as maskForAudit stores them).
      sinks.audit?.row([
        isoMoment(createdDay, createdSeconds + index), organizerEmail(village.code), "ORGANIZER", "person.create", "Person", m.id, village.code,
        JSON.stringify({ nik: `${m.nik.slice(0, 4)}••••••••${m.nik.slice(-4)}`, name: m.name, sex: m.sex, birthDate: isoDay(m.birthDay), dusun: household.dusun, rt: household.rt, rw: household.rw, householdId: household.id, relationToHead: m.relation }),
      ]);
      if (trips) {
        let plan = trips;
        const room = opts.placements - stats.placements;
        if (plan.length > room) plan = plan.slice(plan.length - room);
        if (plan.length) {
          stats.placements += writePlacements(placementContext, m, village.code, createdDay, plan);
          stats.workers++;
          if (m.sex === "FEMALE") stats.femaleWorkers++;
        }
      }
    });

    stats.households++;
    stats.people += household.members.length;
    if (stats.households % 64 === 0) {
      await Promise.all([sinks.household.drain(), sinks.person.drain(), sinks.placement.drain(), sinks.requirement.drain(), sinks.checkIn.drain(), sinks.audit?.drain()]);
      if (stats.households % 16_384 === 0) opts.onProgress?.({ people: stats.people, placements: stats.placements });
    }
  }
  return stats;
}
