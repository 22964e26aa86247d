import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { maskIdentifiers } from "./mask";
import { UUID } from "./schemas";

export type PersonDetail = Awaited<ReturnType<typeof getPerson>>;

/**
 * One person for the person page and the edit form, with their household. NIK and passport
 * come masked for roles without person:read-identifiers; health notes never come (only
 * whether there are any): they are shown through revealPersonField. A malformed id, an
 * unknown one or one outside the actor's villages is NotFound.
 */
export async function getPerson(actor: Actor, id: string) {
  assertCan(actor, "person:read");
  if (!UUID.test(id)) throw new NotFoundError("Person");
  const scope = villageScope(actor);
  const person = await db.person.findFirst({
    where: { AND: [{ id }, scope] },
    select: {
      id: true,
      villageCode: true,
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
      currentPlacementId: true,
      currentStatus: true,
      currentCountryCode: true,
      currentJobCode: true,
      currentSector: true,
      currentRecruiter: true,
      currentChecklistComplete: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      village: { select: { region: { select: { name: true } } } },
      household: {
        select: {
          id: true,
          kkNumber: true,
          address: true,
          dusun: true,
          rt: true,
          rw: true,
          members: {
            where: scope,
            orderBy: [{ birthDate: "asc" }, { id: "asc" }],
            select: { id: true, name: true, sex: true, birthDate: true, relationToHead: true },
          },
        },
      },
    },
  });
  if (!person) throw new NotFoundError("Person");
  const { nik, passportNumber, healthNotes, village, ...rest } = person;
  return { ...rest, villageName: village.region.name, ...maskIdentifiers(actor.role, { nik, passportNumber, healthNotes }) };
}
