// Departures demo (issue 7): two recent departures of Desa Lontar, one with the village's
// letter issued before leaving and one that left without it (non-procedural), so that the
// monitoring page and the scorecard have something to count. Idempotent: a person who already
// has a placement is left alone. Run after the registry, placements and Perdes demos.
import type { PrismaClient } from "../lib/db/generated/client";
import { createTestLetter } from "../tests/factories/perdes";
import { createTestPlacement } from "../tests/factories/placements";
import { DEMO_VILLAGES } from "./seed";

const DAY = 24 * 60 * 60 * 1000;
const dayOf = (t: number) => {
  const d = new Date(t);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
};

export async function seedDeparturesDemo(db: PrismaClient, now: Date = new Date()): Promise<void> {
  const official = await db.user.findUnique({ where: { email: "desa@lontar.id" }, select: { id: true } });
  const person = (name: string) => db.person.findFirst({ where: { villageCode: DEMO_VILLAGES.lontar, name }, select: { id: true, _count: { select: { placements: true } } } });
  const t = now.getTime();

  const eti = await person("Eti Suhaeti");
  if (eti && eti._count.placements === 0) {
    const trip = await createTestPlacement(db, {
      personId: eti.id, status: "DEPARTED", countryCode: "SG", jobCode: "ELDERLY_CARER", channel: "P3MI", employer: "Keluarga Tan, Singapura",
      recruiterName: "PT Sinar Jaya Abadi", contractStart: dayOf(t - 45 * DAY), contractEnd: dayOf(t + 685 * DAY), departureDate: dayOf(t - 45 * DAY), checklist: "verified",
    });
    await createTestLetter(db, { placementId: trip.id, issuedAt: new Date(t - 50 * DAY), issuedById: official?.id ?? null, letterCode: "DS-LTR" });
  }

  const jaenudin = await person("Jaenudin");
  if (jaenudin && jaenudin._count.placements === 0) {
    const trip = await createTestPlacement(db, {
      personId: jaenudin.id, status: "DEPARTED", countryCode: "KR", jobCode: "FISHING_CREW", channel: "NON_PROCEDURAL",
      agentName: "Pak Udin", departureDate: dayOf(t - 20 * DAY),
    });
    await db.placement.update({ where: { id: trip.id }, data: { nonProcedural: true } });
  }
}
