import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { UUID } from "@/lib/users/uuid";

/** One consent of one person, for the withdrawal page; NotFound outside the actor's scope. */
export async function getConsent(actor: Actor, personId: string, consentId: string) {
  assertCan(actor, "consent:write");
  if (!UUID.test(personId) || !UUID.test(consentId)) throw new NotFoundError("Consent");
  const consent = await db.consent.findFirst({
    where: { AND: [{ id: consentId, personId }, villageScope(actor)] },
    select: { id: true, personId: true, givenOn: true, scopes: true, withdrawnOn: true, person: { select: { name: true } } },
  });
  if (!consent) throw new NotFoundError("Consent");
  return consent;
}
