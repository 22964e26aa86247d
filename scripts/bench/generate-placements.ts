// A worker's trips abroad (placements), newest last, with dates that fit the worker's age and
// each other; the checklist rows of the placements being worked on; and welfare check-ins of
// the workers abroad.
//
// Checklist rows: 13 per placement for all 600,000 would be 7.8 million rows that nobody
// reads (historical trips are entered from spreadsheets without a checklist, as the import
// does). By default ("active") only placements being prepared (PROSPECTIVE, VERIFIED) and
// those that departed in the last two years have rows, which is what a village that has
// used Lontar for two years would hold: ≈ 2 million rows. `--checklist all` writes every one.

import { REQUIREMENT_CODES } from "../../lib/placements/requirements";
import type { Cell } from "./copy-sink";
import { ANCHOR_DAY, dayOf, isoDay, isoMoment, isoMs } from "./days";
import { agentName, employerName, isMoratoriumHousehold, type Destination } from "./reference";
import { weighted, type Rng, type WeightedPicker } from "./prng";
import type { Member } from "./generate-people";
import { organizerEmail } from "./regions";

export type ChecklistMode = "active" | "all" | "none";
type Status = "PROSPECTIVE" | "VERIFIED" | "DEPARTED" | "RETURNED" | "CANCELLED";

const LAST_STATUS = weighted<Status>([["DEPARTED", 46], ["RETURNED", 33], ["PROSPECTIVE", 9], ["VERIFIED", 5], ["CANCELLED", 7]]);
export const TRIPS = weighted<number>([[1, 50], [2, 27], [3, 13], [4, 7], [5, 3]]);
const METHOD = weighted([["WHATSAPP", 55], ["PHONE", 20], ["VIDEO_CALL", 15], ["FAMILY_VISIT", 8], ["OTHER", 2]] as const);
const WELLBEING = weighted([["WELL", 85], ["CONCERN", 12], ["DISTRESS", 3]] as const);
const CHECK_IN_NOTES = ["Sehat, gaji lancar", "Belum bisa dihubungi seminggu", "Minta dikirim dokumen", "Majikan baik", "Mengeluh jam kerja panjang", "Kirim uang ke keluarga", "Kontrak diperpanjang"];
const CONTRACT_DAYS: Record<string, number> = { KR: 1765, TW: 1095, JP: 1095 };
const DIAL: Record<string, string> = { HK: "+852", TW: "+886", MY: "+60", JP: "+81", SG: "+65", KR: "+82", SA: "+966", BN: "+673", AE: "+971", QA: "+974", MO: "+853" };
const EARLIEST_DEPARTURE = dayOf("2003-01-01");
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

export type PlacementWriters = {
  placement(values: readonly Cell[]): void;
  requirement(values: readonly Cell[]): void;
  checkIn(values: readonly Cell[]): void;
  audit(values: readonly Cell[]): void;
};

export type PlacementContext = {
  rng: Rng;
  destination: Destination;
  recruiters: WeightedPicker<string>;
  checklist: ChecklistMode;
  writers: PlacementWriters;
};

type Trip = { status: Status; departure: number | null; returned: number | null; created: number };

/** Plans up to `count` trips for a worker, oldest first (fewer when their age or dates do not allow more). */
export function planTrips(rng: Rng, birthDay: number, count: number): Trip[] {
  const adultFrom = Math.max(EARLIEST_DEPARTURE, birthDay + Math.ceil(18.2 * 365.25));
  const trips: Trip[] = [];
  let before = ANCHOR_DAY; // the next (later) trip started after this day
  for (let j = count - 1; j >= 0; j--) {
    const last = j === count - 1;
    const status: Status = last ? LAST_STATUS.pick(rng) : rng.chance(0.08) ? "CANCELLED" : "RETURNED";
    if (status === "PROSPECTIVE" || status === "VERIFIED" || status === "CANCELLED") {
      const created = before - rng.int(5, last ? 330 : 500);
      if (created < adultFrom - 120) break;
      trips.push({ status, departure: null, returned: null, created });
      before = created - rng.int(20, 200);
      continue;
    }
    let departure: number;
    let returned: number | null = null;
    if (status === "DEPARTED") {
      departure = ANCHOR_DAY - rng.int(10, 1000);
    } else {
      returned = before - rng.int(last ? 20 : 60, last ? 2200 : 900);
      departure = returned - rng.int(300, 1500);
    }
    if (departure < adultFrom) break;
    trips.push({ status, departure, returned, created: departure - rng.int(45, 220) });
    before = departure;
  }
  return trips.reverse();
}

/** An Indonesian mobile number: 08, an operator prefix, 7 or 8 digits. */
export function mobileNumber(rng: Rng): string {
  const rest = rng.chance(0.5) ? 8 : 7;
  const operator = rng.pick(["12", "13", "21", "22", "52", "53", "57", "77", "78", "95", "96", "98"]);
  return `08${operator}${String(rng.int(0, 10 ** rest - 1)).padStart(rest, "0")}`;
}

/**
 * Writes the worker's placements (with their checklist rows and check-ins). `personCreated`
 * is the day the person was entered: records of older trips were entered that day.
 * Returns the number of placements written.
 */
export function writePlacements(ctx: PlacementContext, worker: Member, villageCode: string, personCreated: number, trips: readonly Trip[]): number {
  const { rng, writers } = ctx;
  let previousCreatedMs = 0;
  trips.forEach((trip, index) => {
    const id = rng.uuid();
    const [country, job] = ctx.destination[worker.sex].pick(rng);
    const moratorium = isMoratoriumHousehold(country, job);
    const channel = moratorium && rng.chance(0.8) ? "NON_PROCEDURAL"
      : country === "KR" && rng.chance(0.7) ? "GOVERNMENT"
      : country === "JP" && rng.chance(0.2) ? "GOVERNMENT"
      : rng.chance(0.07) ? "NON_PROCEDURAL"
      : rng.chance(0.04) ? "INDEPENDENT"
      : "P3MI";
    const recruiter = channel === "P3MI" || (channel === "NON_PROCEDURAL" && rng.chance(0.4)) ? ctx.recruiters.pick(rng) : null;
    const agent = channel === "NON_PROCEDURAL" ? rng.chance(0.85) : channel === "P3MI" && rng.chance(0.2);
    const advanced = trip.status !== "PROSPECTIVE" && trip.status !== "CANCELLED";
    const sip2mi = channel === "P3MI" && advanced && rng.chance(0.7)
      ? `B.${rng.int(100, 9999)}/PK.02.02/${ROMAN[rng.int(0, 11)]}/${new Date(((trip.departure ?? trip.created) - 30) * 86_400_000).getUTCFullYear()}`
      : null;
    const contractStart = trip.departure;
    const contractEnd = contractStart === null ? null : contractStart + (CONTRACT_DAYS[country] ?? 730);

    // Created when it happened, or when the person was registered if the trip is older.
    let createdMs = Math.max(trip.created, personCreated) * 86_400_000 + rng.int(0, 86_399) * 1000 + index * 60_000;
    if (createdMs <= previousCreatedMs) createdMs = previousCreatedMs + 60_000;
    previousCreatedMs = createdMs;
    const createdDay = Math.floor(createdMs / 86_400_000);

    const checklist = writeChecklist(ctx, id, trip, createdDay);
    const lastContact = writeCheckIns(ctx, id, worker.id, villageCode, trip);
    const events = [createdMs, (trip.departure ?? 0) * 86_400_000, (trip.returned ?? 0) * 86_400_000, lastContact ?? 0];
    const updatedMs = Math.min(ANCHOR_DAY * 86_400_000, Math.max(...events));
    const withContact = (trip.status === "DEPARTED" || trip.status === "RETURNED") && rng.chance(0.5);

    const employer = employerName(rng, country, job);
    writers.audit([
      isoMs(createdMs), organizerEmail(villageCode), "ORGANIZER", "placement.create", "Placement", id, villageCode,
      JSON.stringify({ personId: worker.id, status: trip.status, countryCode: country, jobCode: job, employer, recruiterName: recruiter, channel }),
    ]);
    writers.placement([
      id, worker.id, villageCode, trip.status, country, job,
      employer, recruiter,
      agent ? agentName(rng) : null, agent && rng.chance(0.6) ? mobileNumber(rng) : null,
      sip2mi, channel,
      contractStart === null ? null : isoDay(contractStart), contractEnd === null ? null : isoDay(contractEnd),
      trip.departure === null ? null : isoDay(trip.departure), trip.returned === null ? null : isoDay(trip.returned),
      withContact ? rng.pick(["Teman satu agen", "Majikan", "Sesama PMI", "Shelter KJRI"]) : null,
      withContact ? `${DIAL[country] ?? "+1"} ${rng.int(10_000_000, 99_999_999)}` : null,
      checklist,
      lastContact === null ? null : isoMs(lastContact),
      0,
      isoMs(createdMs),
      isoMs(Math.max(createdMs, updatedMs)),
    ]);
  });
  return trips.length;
}

/** Writes the 13 checklist rows when this placement gets them; returns checklistComplete. */
function writeChecklist(ctx: PlacementContext, placementId: string, trip: Trip, createdDay: number): boolean {
  const { rng } = ctx;
  const recentDeparture = trip.status === "DEPARTED" && trip.departure !== null && trip.departure >= ANCHOR_DAY - 730;
  const active = trip.status === "PROSPECTIVE" || trip.status === "VERIFIED" || recentDeparture;
  if (ctx.checklist === "none" || (ctx.checklist === "active" && !active)) return false;
  const settled = trip.status === "VERIFIED" || trip.status === "RETURNED" || (trip.status === "DEPARTED" && rng.chance(0.94));
  let complete = true;
  for (const code of REQUIREMENT_CODES) {
    let status: "MISSING" | "SUBMITTED" | "VERIFIED";
    if (settled) status = "VERIFIED";
    else if (trip.status === "DEPARTED") status = rng.chance(0.85) ? "VERIFIED" : "SUBMITTED";
    else {
      const r = rng.float();
      const [missing, submitted] = trip.status === "CANCELLED" ? [0.6, 0.9] : [0.4, 0.75];
      status = r < missing ? "MISSING" : r < submitted ? "SUBMITTED" : "VERIFIED";
    }
    if (status !== "VERIFIED") complete = false;
    const day = status === "MISSING" ? null : Math.min(ANCHOR_DAY, createdDay + rng.int(0, 60));
    ctx.writers.requirement([placementId, code, status, day === null ? null : isoDay(day), null, null, isoMoment(day ?? createdDay, rng.int(0, 86_399))]);
  }
  return complete;
}

/** Writes welfare check-ins for a trip abroad; returns the latest contact (ms) or null. */
function writeCheckIns(ctx: PlacementContext, placementId: string, personId: string, villageCode: string, trip: Trip): number | null {
  const { rng } = ctx;
  if (trip.departure === null) return null;
  const abroad = trip.status === "DEPARTED";
  if (!(abroad ? rng.chance(0.65) : trip.status === "RETURNED" && rng.chance(0.15))) return null;
  const until = abroad ? ANCHOR_DAY - Math.floor(Math.pow(rng.float(), 2.2) * 240) : trip.returned!;
  const from = trip.departure + 14;
  if (until <= from) return null;
  const count = abroad ? rng.int(1, 8) : rng.int(1, 3);
  let latest: number | null = null;
  for (let i = 0; i < count; i++) {
    const day = i === 0 ? until : from + Math.floor(rng.float() * (until - from));
    const at = day * 86_400_000 + rng.int(6 * 3600, 21 * 3600) * 1000;
    latest = latest === null ? at : Math.max(latest, at);
    const iso = isoMs(at);
    ctx.writers.checkIn([
      rng.uuid(), placementId, personId, villageCode, iso, METHOD.pick(rng), WELLBEING.pick(rng),
      rng.chance(0.3) ? rng.pick(CHECK_IN_NOTES) : null, null, iso,
    ]);
  }
  return latest;
}
