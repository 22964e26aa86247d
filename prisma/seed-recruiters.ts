// Demo data for the recruiter registry, the public checks and the reports inbox: licensed
// placement companies (fictional names), one suspended and one revoked with their decrees,
// job orders (one expired), two watchlisted agents, contacts for the demo villages, and
// reports from two villages naming the same phone. Phone numbers are fictional (0812-0000-…).
// Idempotent: a second run changes nothing. The lead wires it into prisma/seed.ts.
import type { PrismaClient } from "../lib/db/generated/client";
import { createTestAgent, createTestJobOrder, createTestRecruiter, createTestReport, ensureRuleReference } from "../tests/factories/recruiters";

const LONTAR = "36.04.13.2007";
const SUSUKAN = "36.04.13.2008";

const VILLAGE_CONTACTS = {
  [LONTAR]: { officeAddress: "Kantor Desa Lontar, Jl. Raya Lontar No. 1, Kec. Tirtayasa, Kab. Serang", officePhone: "0254-000-101", kkbmContactName: "Siti Aminah (KKBM Lontar)", kkbmPhone: "0812-0000-1001" },
  [SUSUKAN]: { officeAddress: "Kantor Desa Susukan, Jl. Susukan No. 3, Kec. Tirtayasa, Kab. Serang", officePhone: "0254-000-202", kkbmContactName: "Ahmad Fauzi (pendamping Susukan)", kkbmPhone: "0812-0000-2002" },
} as const;

export const DEMO_RECRUITERS = {
  binaKarya: { name: "PT Bina Karya Mandiri", licenceNumber: "B.101/KA/2023" },
  samudra: { name: "PT Samudra Jaya Abadi", licenceNumber: "B.214/KA/2022" },
  cahaya: { name: "PT Cahaya Timur Sejahtera", licenceNumber: "B.087/KA/2021" },
  suspended: { name: "PT Mitra Harapan Bersama", licenceNumber: "B.156/KA/2022" },
  revoked: { name: "PT Duta Sentosa Internasional", licenceNumber: "B.033/KA/2019" },
} as const;

export async function seedRecruitersDemo(db: PrismaClient): Promise<void> {
  await ensureRuleReference(db);
  for (const [code, contacts] of Object.entries(VILLAGE_CONTACTS)) {
    const village = await db.village.findUnique({ where: { code } });
    if (village && !village.officeAddress) await db.village.update({ where: { code }, data: contacts });
  }
  if (await db.recruiter.findUnique({ where: { licenceNumber: DEMO_RECRUITERS.binaKarya.licenceNumber } })) return;

  const bina = await createTestRecruiter(db, { ...DEMO_RECRUITERS.binaKarya, address: "Jl. Ahmad Yani No. 12, Kota Serang, Banten" });
  const samudra = await createTestRecruiter(db, { ...DEMO_RECRUITERS.samudra, address: "Jl. Raya Cilegon Km 3, Kota Cilegon, Banten" });
  await createTestRecruiter(db, { ...DEMO_RECRUITERS.cahaya, address: "Jl. Kemang Raya No. 8, Jakarta Selatan" });
  await createTestRecruiter(db, {
    ...DEMO_RECRUITERS.suspended, address: "Jl. Veteran No. 21, Kab. Tangerang, Banten",
    status: "SUSPENDED", suspensionScope: "PARTIAL", suspendedFrom: "2026-10-01", suspendedUntil: "2026-12-31",
    decree: "SK Kepala BP2MI No. 123/2026", decreeOn: "2026-09-28",
  });
  const revoked = await createTestRecruiter(db, {
    ...DEMO_RECRUITERS.revoked, address: "Jl. Pemuda No. 45, Jakarta Timur",
    status: "REVOKED", decree: "SK Kepala BP2MI No. 45/2026", decreeOn: "2026-03-02",
  });

  await createTestJobOrder(db, { recruiterId: bina.id, sip2miNumber: "KEP.2026/0451/PP", countryCode: "TW", jobCode: "ELDERLY_CARER", quota: 30, validUntil: "2027-05-31" });
  await createTestJobOrder(db, { recruiterId: bina.id, sip2miNumber: "KEP.2026/0452/PP", countryCode: "HK", jobCode: "HOUSEKEEPER", quota: 50, validUntil: "2027-03-31" });
  await createTestJobOrder(db, { recruiterId: samudra.id, sip2miNumber: "KEP.2026/0390/PP", countryCode: "KR", jobCode: "FACTORY_WORKER", quota: 25, validUntil: "2027-01-31" });
  await createTestJobOrder(db, { recruiterId: samudra.id, sip2miNumber: "KEP.2025/1187/PP", countryCode: "MY", jobCode: "PLANTATION_WORKER", quota: 40, validUntil: "2026-06-30" });

  await createTestAgent(db, {
    name: "Rudi Hartono (Bang Rudi)", phone: "0812-0000-7788", claimedRecruiterId: revoked.id, villageCode: LONTAR,
    watchlisted: true, watchlistReason: "Beberapa warga melaporkan tawaran kerja ke Timur Tengah dengan visa kunjungan.",
  });
  await createTestAgent(db, {
    name: "Ibu Yati", phone: "0813-0000-4455", claimedCompanyName: "PT Sinar Gemilang Jaya", villageCode: SUSUKAN,
    watchlisted: true, watchlistReason: "Diketahui meminta uang pendaftaran untuk pekerjaan pengasuh lansia.",
  });

  const day = 86_400_000;
  const now = Date.now();
  await createTestReport(db, { villageCode: LONTAR, agentName: "Bang Rudi", phone: "0812-0000-7788", place: "Pasar Tirtayasa", what: "Menawarkan kerja pengurus rumah tangga di Arab Saudi, berangkat dengan visa umrah, minta Rp15.000.000.", createdAt: new Date(now - 9 * day) });
  await createTestReport(db, { villageCode: SUSUKAN, agentName: "Rudi", phone: "+62 812 0000 7788", place: "Rumah warga RT 02", what: "Datang ke rumah menawarkan kerja ke Dubai tanpa perjanjian kerja.", createdAt: new Date(now - 4 * day) });
  await createTestReport(db, { villageCode: SUSUKAN, agentName: "Ibu Yati", phone: "0813-0000-4455", what: "Minta uang pendaftaran Rp8.000.000 untuk kerja pengasuh lansia di Taiwan.", status: "IN_REVIEW", publicNote: "Laporan sedang diperiksa petugas BP3MI.", createdAt: new Date(now - 2 * day) });
}
