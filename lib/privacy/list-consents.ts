import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, villageScope, type Actor } from "@/lib/authz";
import { UUID } from "@/lib/users/uuid";
import { isConsentScope, type ConsentScope } from "./consent-scopes";

export type ConsentRow = {
  id: string;
  givenOn: Date;
  scopes: ConsentScope[];
  note: string | null;
  withdrawnOn: Date | null;
  createdAt: Date;
  takenBy: { id: string; name: string } | null;
};

/**
 * A person's consents, newest first, for the person page and the consent page. Only consents
 * in the actor's scope (Consent.villageCode); a person outside it simply has none here, so the
 * caller checks the person itself first.
 */
export async function listConsents(actor: Actor, personId: string): Promise<ConsentRow[]> {
  assertCan(actor, "person:read");
  if (!UUID.test(personId)) return [];
  const consents = await db.consent.findMany({
    where: { AND: [{ personId }, villageScope(actor)] },
    orderBy: [{ givenOn: "desc" }, { createdAt: "desc" }],
  });
  const takerIds = [...new Set(consents.map((c) => c.takenById).filter((id): id is string => !!id))];
  const takers = takerIds.length ? await db.user.findMany({ where: { id: { in: takerIds } }, select: { id: true, name: true } }) : [];
  const byId = new Map(takers.map((u) => [u.id, u]));
  return consents.map((c) => ({
    id: c.id,
    givenOn: c.givenOn,
    scopes: c.scopes.filter(isConsentScope),
    note: c.note,
    withdrawnOn: c.withdrawnOn,
    createdAt: c.createdAt,
    takenBy: c.takenById ? (byId.get(c.takenById) ?? null) : null,
  }));
}
