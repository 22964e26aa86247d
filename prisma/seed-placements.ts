// Placements demo: four trips abroad for people of Desa Lontar from the registry demo
// (prisma/seed-registry.ts), so that every placement status, the checklist and the welfare
// list ("no contact for 60 days") have something to show. Idempotent: a person who already
// has a placement is left alone. Run after seedDemo and seedRegistryDemo.
import type { PrismaClient } from "../lib/db/generated/client";
import type { RequirementCode, RequirementStatus } from "../lib/placements/requirements";
import { createTestCheckIn, createTestPlacement, type TestPlacementOptions } from "../tests/factories/placements";
import { DEMO_VILLAGES } from "./seed";

const DAY = 24 * 60 * 60 * 1000;

type DemoPlacement = {
  /** A person of the registry demo; when missing, the next person of the village without a placement. */
  name: string;
  placement: Omit<TestPlacementOptions, "personId" | "verifiedById">;
  /** Days before today of each welfare check-in. */
  checkInsDaysAgo?: number[];
};

function demoPlacements(today: Date): DemoPlacement[] {
  const daysAgo = (n: number) => new Date(today.getTime() - n * DAY);
  const partial: Partial<Record<RequirementCode, RequirementStatus>> = {
    P5_AGE: "VERIFIED",
    P5_HEALTH: "SUBMITTED",
    P13_MARITAL_STATUS: "VERIFIED",
    P13_FAMILY_PERMISSION: "SUBMITTED",
    P13_PASSPORT: "SUBMITTED",
  };
  return [
    {
      name: "Euis Kurniasih",
      placement: {
        status: "DEPARTED", countryCode: "HK", jobCode: "HOUSEKEEPER", channel: "P3MI", employer: "Mrs Chan Siu Ling",
        recruiterName: "PT Sinar Jaya Abadi", contractStart: daysAgo(420), contractEnd: daysAgo(420 - 730), departureDate: daysAgo(420), checklist: "verified",
      },
      checkInsDaysAgo: [300, 160, 70],
    },
    {
      name: "Neneng Hasanah",
      placement: {
        status: "VERIFIED", countryCode: "TW", jobCode: "ELDERLY_CARER", channel: "P3MI", employer: "Keluarga Lin, Taichung",
        recruiterName: "PT Karya Mandiri Sejahtera", contractStart: daysAgo(-30), contractEnd: daysAgo(-30 - 1095), departureDate: daysAgo(-30), checklist: "verified",
      },
    },
    {
      name: "Ujang Saepudin",
      placement: {
        status: "RETURNED", countryCode: "MY", jobCode: "PLANTATION_WORKER", channel: "P3MI", employer: "Ladang sawit, Sabah",
        recruiterName: "PT Bina Tenaga Utama", contractStart: daysAgo(1200), contractEnd: daysAgo(470), departureDate: daysAgo(1200), returnDate: daysAgo(460), checklist: "verified",
      },
    },
    {
      name: "Ahmad Fauzan",
      placement: { status: "PROSPECTIVE", countryCode: "JP", jobCode: "FACTORY_WORKER", channel: "GOVERNMENT", recruiterName: null, checklist: partial },
    },
  ];
}

/** Adds the placements demo where missing. `now` is for tests. */
export async function seedPlacementsDemo(db: PrismaClient, now: Date = new Date()): Promise<void> {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const villageCode = DEMO_VILLAGES.lontar;
  const official = await db.user.findFirst({ where: { role: "VILLAGE_OFFICIAL", villageCode }, orderBy: { createdAt: "asc" }, select: { id: true } });
  const organizer = await db.user.findFirst({ where: { role: "ORGANIZER", villageCode }, orderBy: { createdAt: "asc" }, select: { id: true } });
  const taken = new Set<string>();

  for (const demo of demoPlacements(today)) {
    const person =
      (await db.person.findFirst({ where: { villageCode, name: demo.name }, select: { id: true } })) ??
      (await db.person.findFirst({ where: { villageCode, id: { notIn: [...taken] }, placements: { none: {} } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } }));
    if (!person) return; // the registry demo is not there: nothing to attach placements to
    taken.add(person.id);
    if (await db.placement.findFirst({ where: { personId: person.id }, select: { id: true } })) continue;

    const placement = await createTestPlacement(db, { ...demo.placement, personId: person.id, villageCode, verifiedById: official?.id ?? null });
    for (const n of demo.checkInsDaysAgo ?? []) {
      await createTestCheckIn(db, {
        placementId: placement.id,
        contactedAt: new Date(now.getTime() - n * DAY),
        method: n === 70 ? "WHATSAPP" : "PHONE",
        wellbeing: n === 70 ? "CONCERN" : "WELL",
        note: n === 70 ? "Mengeluh jam kerja panjang; majikan menahan paspor." : "Sehat, gaji dikirim rutin.",
        recordedById: organizer?.id ?? null,
      });
    }
  }
}
