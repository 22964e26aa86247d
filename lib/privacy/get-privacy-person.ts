import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor, type Permission } from "@/lib/authz";
import { UUID } from "@/lib/users/uuid";

/**
 * The person a consent or subject-export page is about (name for the heading), if the actor
 * may use that page for them: in scope and with the permission, else NotFound / Forbidden.
 */
export async function getPrivacyPerson(actor: Actor, id: string, permission: Extract<Permission, "consent:write" | "person:subject-export" | "person:read">) {
  assertCan(actor, permission);
  if (!UUID.test(id)) throw new NotFoundError("Person");
  const person = await db.person.findFirst({
    where: { AND: [{ id }, villageScope(actor)] },
    select: { id: true, name: true, villageCode: true, birthDate: true },
  });
  if (!person) throw new NotFoundError("Person");
  return person;
}
