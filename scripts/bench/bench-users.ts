// The accounts `npm run bench` signs in with, one per role, created by `npm run db:seed:scale`
// in the bench database only. The password is known on purpose: this data is synthetic and
// the database is local.

import pg from "pg";
import { hashPassword } from "../../lib/auth/password-hash";
import { BIGGEST_VILLAGE } from "./regions";

export const BENCH_PASSWORD = "bench kerang hijau tirtayasa";

export type BenchRole = "BP3MI_STAFF" | "ORGANIZER" | "VILLAGE_OFFICIAL" | "ADMIN";

export const BENCH_USERS: readonly { email: string; name: string; role: BenchRole; villageCode: string | null; regionCode: string | null }[] = [
  { email: "bench.bp3mi@lontar.id", name: "Bench BP3MI Banten", role: "BP3MI_STAFF", villageCode: null, regionCode: "36" },
  { email: "bench.pendamping@lontar.id", name: "Bench Pendamping Lontar", role: "ORGANIZER", villageCode: BIGGEST_VILLAGE, regionCode: null },
  { email: "bench.desa@lontar.id", name: "Bench Perangkat Desa Lontar", role: "VILLAGE_OFFICIAL", villageCode: BIGGEST_VILLAGE, regionCode: null },
  { email: "bench.admin@lontar.id", name: "Bench Admin", role: "ADMIN", villageCode: null, regionCode: null },
];

export function benchUser(role: BenchRole) {
  return BENCH_USERS.find((u) => u.role === role)!;
}

/** Creates or resets the bench accounts (same password, sessions ended, not disabled). */
export async function upsertBenchUsers(client: pg.Client, villageCode: string = BIGGEST_VILLAGE): Promise<void> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  for (const u of BENCH_USERS) {
    await client.query(
      `INSERT INTO "User" ("id", "email", "name", "role", "villageCode", "regionCode", "passwordHash", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3::"Role", $4, $5, $6, now())
       ON CONFLICT ("email") DO UPDATE SET "name" = EXCLUDED."name", "role" = EXCLUDED."role", "villageCode" = EXCLUDED."villageCode",
         "regionCode" = EXCLUDED."regionCode", "passwordHash" = EXCLUDED."passwordHash", "disabledAt" = NULL,
         "mustChangePassword" = false, "sessionVersion" = "User"."sessionVersion" + 1, "updatedAt" = now()`,
      [u.email, u.name, u.role, u.villageCode ? villageCode : null, u.regionCode, passwordHash],
    );
  }
}
