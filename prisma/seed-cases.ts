// Cases demo: a few complaints of Desa Lontar (and one of Susukan, to show scoping) in
// different steps, so that the queue, the case page and the family view have something to
// show. The first one has a known tracking code and PIN for trying the family's page (/kasus).
// Idempotent: nothing is added when the village already has cases. Run after the registry and
// placements demos.
import type { PrismaClient } from "../lib/db/generated/client";
import { createTestCase } from "../tests/factories/cases";
import { DEMO_VILLAGES } from "./seed";

export const DEMO_CASE = { trackingCode: "PK-DEMA-2468", pin: "135790" } as const;

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

export async function seedCasesDemo(db: PrismaClient, at: Date = new Date()): Promise<void> {
  if ((await db.case.count({ where: { villageCode: DEMO_VILLAGES.lontar } })) > 0) return;
  const now = at.getTime();
  const staff = await db.user.findUnique({ where: { email: "bp3mi@lontar.id" }, select: { id: true, name: true } });
  const person = (name: string) => db.person.findFirst({ where: { villageCode: DEMO_VILLAGES.lontar, name }, select: { id: true, name: true, currentPlacementId: true } });

  const euis = await person("Euis Kurniasih");
  const urgent = await createTestCase(db, {
    villageCode: DEMO_VILLAGES.lontar,
    personId: euis?.id ?? null,
    placementId: euis?.currentPlacementId ?? null,
    workerName: euis?.name ?? "Euis Kurniasih",
    reporterName: "Dadang Sukarna",
    reporterRelation: "Suami",
    reporterPhone: "0812 8765 4321",
    category: "VIOLENCE",
    countryCode: "HK",
    whatHappened: "Euis menelepon sambil menangis: majikan memukulnya dan menahan paspornya. Sejak dua hari tidak bisa dihubungi lagi.",
    urgent: true,
    reportedAt: new Date(now - 30 * HOUR),
    trackingCode: DEMO_CASE.trackingCode,
    pin: DEMO_CASE.pin,
  });
  await db.caseEvent.create({
    data: { caseId: urgent.id, kind: "NOTE", at: new Date(now - 29 * HOUR), actorName: "Siti Aminah", text: "Keluarga sudah kami minta mengirim foto paspor dan nomor majikan.", shareable: true },
  });
  await db.caseEvent.create({
    data: { caseId: urgent.id, kind: "NOTE", at: new Date(now - 28 * HOUR), actorName: "Siti Aminah", text: "Suami menyebut agen lapangan bernama Pak Udin.", shareable: false },
  });

  const verified = await createTestCase(db, {
    villageCode: DEMO_VILLAGES.lontar,
    workerName: "Yayah Rohayah",
    workerDescription: "Bekerja di perkebunan, Johor; belum tercatat di pendataan.",
    reporterName: "Oom Komariah",
    reporterRelation: "Ibu",
    category: "UNPAID_WAGES",
    countryCode: "MY",
    whatHappened: "Gaji empat bulan belum dibayar.",
    status: "VERIFIED",
    verifiedAt: new Date(now - 8 * DAY),
    handlerId: staff?.id ?? null,
    reportedAt: new Date(now - 10 * DAY),
    dueAt: new Date(now - 1 * DAY),
  });
  await db.caseEvent.create({ data: { caseId: verified.id, kind: "STATUS", at: new Date(now - 8 * DAY), actorName: staff?.name ?? "BP3MI", fromStatus: "REPORTED", toStatus: "VERIFIED" } });

  await createTestCase(db, {
    villageCode: DEMO_VILLAGES.lontar,
    workerName: "Ade Supriatna",
    reporterName: "Ade Supriatna",
    reporterRelation: "PMI sendiri",
    category: "OVERCHARGING",
    whatHappened: "Diminta membayar Rp25.000.000 oleh sponsor untuk berangkat ke Taiwan.",
    status: "CLOSED",
    closeReason: "RESOLVED",
    reportedAt: new Date(now - 60 * DAY),
    verifiedAt: new Date(now - 58 * DAY),
    resolvedAt: new Date(now - 20 * DAY),
    closedAt: new Date(now - 19 * DAY),
    dueAt: null,
  });

  await createTestCase(db, {
    villageCode: DEMO_VILLAGES.susukan,
    workerName: "Iis Suryani",
    reporterName: "Karta",
    category: "LOST_CONTACT",
    countryCode: "SA",
    whatHappened: "Tidak ada kabar sejak lima bulan.",
    reportedAt: new Date(now - 3 * DAY),
  });
}
