import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { db, type Tx } from "@/lib/db/client";
import { FieldError } from "@/lib/validation/errors";
import { NikTakenError } from "./errors";

// Shared by the person data functions: what the audit log records of a person, and the
// checks that need the database (NIK taken, household of the same village, one head).

/** The fields an audit entry records (masked by maskForAudit before writing). */
export const AUDITED_PERSON_FIELDS = {
  nik: true,
  name: true,
  sex: true,
  birthPlace: true,
  birthDate: true,
  address: true,
  dusun: true,
  rt: true,
  rw: true,
  phone: true,
  education: true,
  maritalStatus: true,
  passportNumber: true,
  healthNotes: true,
  householdId: true,
  relationToHead: true,
  villageCode: true,
} as const satisfies Prisma.PersonSelect;

/**
 * Refuses a NIK that another person holds. The lookup is over the whole system on purpose
 * (one person, one record); what comes back to the actor depends on whose village it is.
 */
export async function assertNikFree(tx: Tx, nik: string, villageCode: string, exceptId?: string): Promise<void> {
  const holder = await tx.person.findUnique({ where: { nik }, select: { id: true, villageCode: true } });
  if (!holder || holder.id === exceptId) return;
  throw holder.villageCode === villageCode ? new NikTakenError("sameVillage", holder.id) : new NikTakenError("otherVillage");
}

/** After a unique violation on Person.nik (two saves at once), the same answer as assertNikFree. */
export async function nikTakenAfterRace(error: unknown, nik: string, villageCode: string): Promise<never> {
  if (isUniqueViolation(error, "nik")) {
    await db.$transaction((tx) => assertNikFree(tx, nik, villageCode));
  }
  throw error;
}

export function isUniqueViolation(error: unknown, field: string): boolean {
  if (!error || typeof error !== "object" || (error as { code?: unknown }).code !== "P2002") return false;
  const meta = (error as { meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: unknown } } } } }).meta;
  const text = JSON.stringify(meta ?? {});
  return text.includes(field);
}

/** A household given on a person form must be in the actor's village; a second head is refused. */
export async function assertHouseholdPlace(
  tx: Tx,
  input: { householdId: string | null; relationToHead: string | null },
  villageCode: string,
  personId?: string,
): Promise<void> {
  if (!input.householdId) return;
  const household = await tx.household.findFirst({ where: { id: input.householdId, villageCode }, select: { id: true } });
  if (!household) throw new FieldError("householdId", "registry:householdNotFound");
  if (input.relationToHead === "HEAD") {
    const head = await tx.person.findFirst({
      where: { householdId: input.householdId, relationToHead: "HEAD", ...(personId ? { id: { not: personId } } : {}) },
      select: { id: true },
    });
    if (head) throw new FieldError("relationToHead", "registry:headExists");
  }
}

/**
 * A household form edits the whole member list and is checked against the household's
 * updatedAt; a person joining or leaving through the person form moves it too, so such a
 * form, loaded before, is refused instead of silently undoing the change.
 */
export async function touchHouseholds(tx: Tx, ids: (string | null | undefined)[]): Promise<void> {
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  if (unique.length) await tx.household.updateMany({ where: { id: { in: unique } }, data: { updatedAt: new Date() } });
}
