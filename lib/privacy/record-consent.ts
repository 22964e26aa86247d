import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { todayWib } from "@/lib/placements/dates";
import { UUID } from "@/lib/users/uuid";
import { FieldError } from "@/lib/validation/errors";
import { isConsentScope, type ConsentScope } from "./consent-scopes";

export type RecordConsentData = { personId: string; givenOn: Date; scopes: readonly string[]; note?: string | null };

/** Refusals whose messages live in the privacy catalog (consent.refusals.*). */
export const CONSENT_REFUSALS = ["scopeRequired", "dateInFuture", "dateBeforeBirth", "withdrawnBeforeGiven", "alreadyWithdrawn"] as const;

/**
 * Records a person's consent (UU 27/2022: consent must be recorded and provable): the day it
 * was given, who took it (the actor), for what, and a note. At least one scope; the day may
 * not be in the future (WIB) nor before the person was born.
 */
export async function recordConsent(actor: Actor, input: RecordConsentData, meta: { ip?: string | null } = {}): Promise<{ id: string; personId: string }> {
  assertCan(actor, "consent:write");
  if (!UUID.test(input.personId)) throw new NotFoundError("Person");
  if (!input.scopes.every(isConsentScope)) throw new FieldError("scopes", "invalidChoice");
  const scopes = [...new Set(input.scopes)] as ConsentScope[];
  if (scopes.length === 0) throw new FieldError("scopes", "scopeRequired");
  if (input.givenOn.getTime() > todayWib().getTime()) throw new FieldError("givenOn", "dateInFuture");

  return db.$transaction(async (tx) => {
    const person = await tx.person.findFirst({ where: { AND: [{ id: input.personId }, villageScope(actor)] }, select: { id: true, villageCode: true, birthDate: true } });
    if (!person) throw new NotFoundError("Person");
    if (input.givenOn.getTime() < person.birthDate.getTime()) throw new FieldError("givenOn", "dateBeforeBirth");

    const consent = await tx.consent.create({
      data: { personId: person.id, villageCode: person.villageCode, givenOn: input.givenOn, takenById: actor.id, scopes, note: input.note ?? null },
    });
    await writeAudit(tx, {
      actor,
      action: "consent.record",
      entity: "Consent",
      entityId: consent.id,
      villageCode: person.villageCode,
      after: { personId: person.id, givenOn: consent.givenOn, scopes: consent.scopes, note: consent.note, takenById: consent.takenById },
      ip: meta.ip,
    });
    return { id: consent.id, personId: person.id };
  });
}
