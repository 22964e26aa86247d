// Users for tests, the seed and e2e fixtures, inserted straight through Prisma with a real
// argon2id hash. Framework-free: pass any PrismaClient.
import { randomUUID } from "node:crypto";
import type { PrismaClient, User } from "../../lib/db/generated/client";
import { hashPassword } from "../../lib/auth/password-hash";
import type { Actor, Role } from "../../lib/authz/roles";
import { ensureRegion, ensureVillage } from "./villages";

export const TEST_PASSWORD = "uji coba kerang hijau pantai";

export type TestUserOptions = {
  role: Role;
  villageCode?: string | null;
  regionCode?: string | null;
  email?: string;
  name?: string;
  password?: string;
  mustChangePassword?: boolean;
  disabledAt?: Date | null;
};

const DEFAULT_NAMES: Record<Role, string> = {
  ORGANIZER: "Siti Aminah",
  VILLAGE_OFFICIAL: "Haji Rohman",
  BP3MI_STAFF: "Dewi Lestari",
  ADMIN: "Admin Uji",
};

// Hashing is slow on purpose (argon2id); tests create many users with the same password.
const hashes = new Map<string, Promise<string>>();
function hashOnce(password: string): Promise<string> {
  let h = hashes.get(password);
  if (!h) {
    h = hashPassword(password);
    hashes.set(password, h);
  }
  return h;
}

/** A user with the role's place (its village or region is created when missing). */
export async function createTestUser(
  db: Pick<PrismaClient, "user" | "region" | "village">,
  opts: TestUserOptions,
): Promise<User & { password: string }> {
  const password = opts.password ?? TEST_PASSWORD;
  if (opts.villageCode) await ensureVillage(db, opts.villageCode);
  if (opts.regionCode) await ensureRegion(db, opts.regionCode);
  const user = await db.user.create({
    data: {
      email: (opts.email ?? `${opts.role.toLowerCase()}-${randomUUID().slice(0, 8)}@uji.lontar.id`).toLowerCase(),
      name: opts.name ?? DEFAULT_NAMES[opts.role],
      role: opts.role,
      villageCode: opts.villageCode ?? null,
      regionCode: opts.regionCode ?? null,
      passwordHash: await hashOnce(password),
      mustChangePassword: opts.mustChangePassword ?? false,
      disabledAt: opts.disabledAt ?? null,
    },
  });
  return { ...user, password };
}

/** The actor a data function receives for this user (no real session behind it). */
export function actorOf(user: Pick<User, "id" | "email" | "name" | "role" | "villageCode" | "regionCode" | "mustChangePassword">, sessionId = randomUUID()): Actor {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    villageCode: user.villageCode,
    regionCode: user.regionCode,
    sessionId,
    mustChangePassword: user.mustChangePassword,
  };
}
