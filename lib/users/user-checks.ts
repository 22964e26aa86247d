import "server-only";
import type { Tx } from "@/lib/db/client";
import { FieldError } from "@/lib/validation/errors";

// Checks and writes shared by the user data functions. Each runs inside the caller's
// transaction, so the check and the write see the same rows.

/** The village must be registered in Lontar and active when someone is newly placed in it. */
export async function assertVillageUsable(tx: Tx, villageCode: string | null): Promise<void> {
  if (!villageCode) return;
  const village = await tx.village.findUnique({ where: { code: villageCode }, select: { active: true } });
  if (!village || !village.active) throw new FieldError("villageCode", "unknownVillage");
}

/** BP3MI staff are assigned to a province or a kabupaten/kota. */
export async function assertRegionUsable(tx: Tx, regionCode: string | null): Promise<void> {
  if (!regionCode) return;
  const region = await tx.region.findUnique({ where: { code: regionCode }, select: { level: true } });
  if (!region || region.level < 1 || region.level > 2) throw new FieldError("regionCode", "unknownRegion");
}

export async function assertEmailFree(tx: Tx, email: string, exceptUserId?: string): Promise<void> {
  const other = await tx.user.findUnique({ where: { email }, select: { id: true } });
  if (other && other.id !== exceptUserId) throw new FieldError("email", "emailTaken");
}

/** Two admins saving the same e-mail at once: the unique index decides, answered like the check. */
export function isEmailUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; meta?: { target?: unknown; modelName?: string; driverAdapterError?: unknown } };
  if (e?.code !== "P2002") return false;
  return JSON.stringify(e.meta ?? {}).includes("email");
}

/** The user fields the audit log records (never the password hash in clear: see lib/audit/diff.ts). */
export const AUDITED_USER_FIELDS = {
  email: true,
  name: true,
  role: true,
  villageCode: true,
  regionCode: true,
  mustChangePassword: true,
  disabledAt: true,
  sessionVersion: true,
} as const;
