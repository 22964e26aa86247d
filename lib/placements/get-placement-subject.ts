import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";

/** The person a new placement is for: in the actor's villages, else NotFound. */
export async function getPlacementSubject(actor: Actor, personId: string) {
  assertCan(actor, "placement:write");
  if (!/^[0-9a-f-]{36}$/i.test(personId)) throw new NotFoundError("Person");
  const person = await db.person.findFirst({
    where: { AND: [{ id: personId }, villageScope(actor)] },
    select: { id: true, name: true, birthDate: true, villageCode: true },
  });
  if (!person) throw new NotFoundError("Person");
  return person;
}
