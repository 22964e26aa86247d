// Demo data for `npm start` on a fresh machine: the pilot village (Lontar), a neighbour
// (Susukan) to show village scoping, and one user per role. Reference regions (Banten, Kab.
// Serang, Tirtayasa and neighbours) come from the migrations, not from here.
import type { PrismaClient } from "../lib/db/generated/client";
import { hashPassword } from "../lib/auth/password-hash";

export const DEMO_PASSWORD = "demo kerang hijau tirtayasa";

export const DEMO_VILLAGES = {
  lontar: "36.04.13.2007",
  susukan: "36.04.13.2008",
} as const;

/** The village letters' letterhead, signer and letter-number code (issue 7). */
const DEMO_LETTERHEADS = {
  lontar: { letterhead: "PEMERINTAH KABUPATEN SERANG\nKECAMATAN TIRTAYASA\nDESA LONTAR", headName: "H. Rohman", letterCode: "DS-LTR" },
  susukan: { letterhead: "PEMERINTAH KABUPATEN SERANG\nKECAMATAN TIRTAYASA\nDESA SUSUKAN", headName: "Sukarya", letterCode: "DS-SSK" },
} as const;

export const DEMO_USERS = [
  { email: "admin@lontar.id", name: "Admin Lontar", role: "ADMIN", villageCode: null, regionCode: null },
  { email: "pendamping@lontar.id", name: "Siti Aminah", role: "ORGANIZER", villageCode: DEMO_VILLAGES.lontar, regionCode: null },
  { email: "desa@lontar.id", name: "Haji Rohman", role: "VILLAGE_OFFICIAL", villageCode: DEMO_VILLAGES.lontar, regionCode: null },
  { email: "bp3mi@lontar.id", name: "Dewi Lestari", role: "BP3MI_STAFF", villageCode: null, regionCode: "36" },
  { email: "pendamping.susukan@lontar.id", name: "Ahmad Fauzi", role: "ORGANIZER", villageCode: DEMO_VILLAGES.susukan, regionCode: null },
] as const;

/** Idempotent: creates what is missing, leaves what exists. */
export async function seedDemo(db: PrismaClient): Promise<void> {
  await seedAccounts(db);
  // Loaded here, not at the top: these modules import DEMO_VILLAGES from this one.
  const { seedRegistryDemo } = await import("./seed-registry");
  const { seedPlacementsDemo } = await import("./seed-placements");
  const { seedRecruitersDemo } = await import("./seed-recruiters");
  const { seedCasesDemo } = await import("./seed-cases");
  const { seedPerdesDemo } = await import("./seed-perdes");
  const { seedDeparturesDemo } = await import("./seed-departures");
  const { seedGroupsDemo } = await import("./seed-groups");
  await seedRegistryDemo(db);
  await seedPlacementsDemo(db);
  await seedRecruitersDemo(db);
  await seedCasesDemo(db);
  await seedPerdesDemo(db);
  await seedDeparturesDemo(db);
  await seedGroupsDemo(db);
}

/** The demo villages and one user per role. */
export async function seedAccounts(db: PrismaClient): Promise<void> {
  for (const [key, code] of Object.entries(DEMO_VILLAGES)) {
    await db.village.upsert({ where: { code }, update: {}, create: { code, ...DEMO_LETTERHEADS[key as keyof typeof DEMO_VILLAGES] } });
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) {
    await db.user.upsert({
      where: { email: user.email },
      update: {},
      create: { ...user, passwordHash },
    });
  }
}

export function demoLoginsText(): string {
  const rows = DEMO_USERS.map((u) => `  ${u.role.padEnd(17)} ${u.email}`);
  return [`Demo logins (password for all: "${DEMO_PASSWORD}"):`, ...rows].join("\n");
}
