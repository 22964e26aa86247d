import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { UUID } from "@/lib/users/uuid";

const SELECT = {
  id: true,
  villageCode: true,
  name: true,
  nik: true,
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
  householdId: true,
  relationToHead: true,
  passportNumber: true,
  healthNotes: true,
  currentStatus: true,
  version: true,
  createdAt: true,
  household: { select: { kkNumber: true } },
  _count: { select: { placements: true, checkIns: true, consents: true, transferRequests: true } },
} as const satisfies Prisma.PersonSelect;

export type PairPerson = Prisma.PersonGetPayload<{ select: typeof SELECT }>;

/**
 * The two records of a possible duplicate, for the compare and confirmation pages. Both must
 * be in the actor's scope and in the same village, and must be two different people;
 * otherwise the pair does not exist for this actor (NotFound).
 */
export async function getDuplicatePair(actor: Actor, firstId: string, secondId: string): Promise<{ a: PairPerson; b: PairPerson }> {
  assertCan(actor, "person:merge");
  if (!UUID.test(firstId) || !UUID.test(secondId) || firstId === secondId) throw new NotFoundError("Person");
  const found = await db.person.findMany({ where: { AND: [{ id: { in: [firstId, secondId] } }, villageScope(actor)] }, select: SELECT });
  const a = found.find((p) => p.id === firstId);
  const b = found.find((p) => p.id === secondId);
  if (!a || !b || a.villageCode !== b.villageCode) throw new NotFoundError("Person");
  return { a, b };
}
