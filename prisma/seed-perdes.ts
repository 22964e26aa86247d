// Perdes demo (issue 7): Desa Lontar's regulation on PMI protection with its articles, and a
// few prevention sessions in the last two quarters with attendees from the registry demo.
// The Lontar 2018 original was not found (shared/docs/domain.md), so the text is a model
// text built from clauses seen in other villages' Perdes, and its title says so.
// Idempotent: the regulation is left alone when its number exists; sessions are added only
// when Lontar has none. Run after the registry demo (prisma/seed-registry.ts).
import type { PrismaClient, SessionTopic } from "../lib/db/generated/client";
import { createTestSession } from "../tests/factories/perdes";
import { DEMO_VILLAGES } from "./seed";

export const DEMO_PERDES = { villageCode: DEMO_VILLAGES.lontar, number: "3", year: 2018 } as const;

const ARTICLES: { number: string; heading: string; text: string }[] = [
  {
    number: "Pasal 1",
    heading: "Ketentuan Umum",
    text: [
      "Dalam Peraturan Desa ini yang dimaksud dengan:",
      "1. Desa adalah Desa Lontar, Kecamatan Tirtayasa, Kabupaten Serang.",
      "2. Pemerintah Desa adalah Kepala Desa dibantu perangkat desa.",
      "3. Pekerja Migran Indonesia (PMI) adalah warga Desa yang akan, sedang, atau telah bekerja di luar negeri.",
      "4. Calon PMI adalah warga Desa yang akan bekerja di luar negeri dan memenuhi persyaratan.",
      "5. Keluarga adalah suami, istri, anak, atau orang tua PMI.",
    ].join("\n"),
  },
  {
    number: "Pasal 2",
    heading: "Pendataan",
    text: [
      "(1) Pemerintah Desa mendata setiap Calon PMI, PMI, dan Keluarganya.",
      "(2) Setiap Calon PMI melapor ke kantor desa sebelum berangkat, dan PMI atau Keluarganya melapor kembali setelah PMI pulang.",
    ].join("\n"),
  },
  {
    number: "Pasal 3",
    heading: "Surat Rekomendasi dan Izin Keluarga",
    text: [
      "(1) Surat rekomendasi desa diberikan setelah konsultasi di kantor desa yang memeriksa persetujuan Keluarga, sponsor atau petugas lapangan, dan perusahaan penempatan yang merekrut.",
      "(2) Suami atau istri, atau orang tua bagi Calon PMI yang belum menikah, hadir sendiri di kantor desa untuk menandatangani izin Keluarga.",
      "(3) Pemerintah Desa mencocokkan identitas Calon PMI dengan Kartu Keluarga.",
    ].join("\n"),
  },
  {
    number: "Pasal 4",
    heading: "Sosialisasi",
    text: [
      "(1) Pemerintah Desa bersama komunitas keluarga buruh migran menyelenggarakan sosialisasi migrasi aman dan pencegahan tindak pidana perdagangan orang paling sedikit satu kali setiap triwulan.",
      "(2) Calon PMI mengikuti sosialisasi migrasi aman sebelum berangkat.",
    ].join("\n"),
  },
  {
    number: "Pasal 5",
    heading: "Larangan Calo",
    text: [
      "(1) Setiap orang dilarang merekrut warga Desa untuk bekerja di luar negeri di luar perusahaan penempatan yang berizin.",
      "(2) Pelanggaran ayat (1) dikenai teguran tertulis oleh Kepala Desa dan dilaporkan kepada instansi yang berwenang.",
    ].join("\n"),
  },
  {
    number: "Pasal 6",
    heading: "Pemberdayaan PMI Purna dan Keluarga",
    text: [
      "(1) Pemerintah Desa menyelenggarakan pelatihan literasi keuangan dan pengelolaan remitansi bagi PMI dan Keluarganya.",
      "(2) Pemerintah Desa mendorong PMI purna dan Keluarganya membentuk atau bergabung dengan koperasi dan usaha produktif.",
    ].join("\n"),
  },
];

const DAY = 24 * 60 * 60 * 1000;

/** Today's calendar date in WIB (UTC midnight), and the first days of its quarter and the one before. */
function quarterDays(now: Date): { today: Date; current: Date; previous: Date } {
  const w = new Date(now.getTime() + 7 * 60 * 60 * 1000);
  const today = new Date(Date.UTC(w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate()));
  const startMonth = Math.floor(today.getUTCMonth() / 3) * 3;
  return { today, current: new Date(Date.UTC(today.getUTCFullYear(), startMonth, 1)), previous: new Date(Date.UTC(today.getUTCFullYear(), startMonth - 3, 1)) };
}

export async function seedPerdesDemo(db: PrismaClient, now: Date = new Date()): Promise<void> {
  const villageCode = DEMO_PERDES.villageCode;
  const official = await db.user.findUnique({ where: { email: "desa@lontar.id" }, select: { id: true } });

  const existing = await db.villageRegulation.findUnique({ where: { villageCode_year_number: { villageCode, year: DEMO_PERDES.year, number: DEMO_PERDES.number } }, select: { id: true } });
  if (!existing) {
    await db.villageRegulation.create({
      data: {
        villageCode,
        number: DEMO_PERDES.number,
        year: DEMO_PERDES.year,
        title: "Pelindungan Pekerja Migran Indonesia (teks contoh: naskah asli 2018 belum ditemukan)",
        status: "IN_FORCE",
        enactedOn: new Date(Date.UTC(2018, 9, 15)),
        createdById: official?.id ?? null,
        articles: { create: ARTICLES.map((a, i) => ({ ...a, sortOrder: i })) },
      },
    });
  }

  if ((await db.socializationSession.count({ where: { villageCode } })) > 0) return;
  const people = await db.person.findMany({ where: { villageCode }, select: { id: true, name: true } });
  const ids = (...names: string[]) => names.map((n) => people.find((p) => p.name === n)?.id).filter((id): id is string => !!id);
  const { today, current, previous } = quarterDays(now);
  const notAfterToday = (d: Date) => new Date(Math.min(d.getTime(), today.getTime()));
  const sessions: { heldOn: Date; topic: SessionTopic; title: string; place: string; facilitator: string; otherAttendees: number; attendees: string[] }[] = [
    {
      heldOn: new Date(previous.getTime() + 19 * DAY),
      topic: "SAFE_MIGRATION",
      title: "Sosialisasi migrasi aman bagi calon PMI dan keluarga",
      place: "Balai Desa Lontar",
      facilitator: "BP3MI Banten",
      otherAttendees: 14,
      attendees: ids("Ahmad Fauzan", "Neneng Hasanah", "Rohimah", "Eti Suhaeti"),
    },
    {
      heldOn: new Date(previous.getTime() + 54 * DAY),
      topic: "TPPO",
      title: "Mengenali calo dan modus perdagangan orang",
      place: "Majelis taklim Kampung Sukamanah",
      facilitator: "KKBM Lontar",
      otherAttendees: 22,
      attendees: ids("Nurhayati", "Jaenudin", "Eti Suhaeti"),
    },
    {
      heldOn: notAfterToday(new Date(current.getTime() + 9 * DAY)),
      topic: "FINANCIAL_LITERACY",
      title: "Mengelola kiriman uang dan tabungan keluarga",
      place: "Balai Desa Lontar",
      facilitator: "KKBM Lontar",
      otherAttendees: 9,
      attendees: ids("Ujang Saepudin", "Dede Rohman", "Sarmani"),
    },
  ];
  for (const s of sessions) {
    const session = await createTestSession(db, { villageCode, heldOn: s.heldOn, topic: s.topic, title: s.title, otherAttendees: s.otherAttendees, attendeeIds: s.attendees });
    await db.socializationSession.update({ where: { id: session.id }, data: { place: s.place, facilitator: s.facilitator, createdById: official?.id ?? null } });
  }
}
