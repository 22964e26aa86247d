import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { todayWib } from "@/lib/placements/dates";
import { UUID } from "@/lib/users/uuid";
import { FieldError } from "@/lib/validation/errors";

/**
 * Records that a person withdrew a consent, on a day (not in the future, not before it was
 * given). The consent stays, with its withdrawal date: the history is the proof.
 */
export async function withdrawConsent(
  actor: Actor,
  input: { consentId: string; withdrawnOn: Date },
  meta: { ip?: string | null } = {},
): Promise<{ id: string; personId: string }> {
  assertCan(actor, "consent:write");
  if (!UUID.test(input.consentId)) throw new NotFoundError("Consent");
  if (input.withdrawnOn.getTime() > todayWib().getTime()) throw new FieldError("withdrawnOn", "dateInFuture");

  return db.$transaction(async (tx) => {
    const consent = await tx.consent.findFirst({ where: { AND: [{ id: input.consentId }, villageScope(actor)] } });
    if (!consent) throw new NotFoundError("Consent");
    if (consent.withdrawnOn) throw new FieldError("withdrawnOn", "alreadyWithdrawn");
    if (input.withdrawnOn.getTime() < consent.givenOn.getTime()) throw new FieldError("withdrawnOn", "withdrawnBeforeGiven");

    // Only a consent still in force changes, so two withdrawals at once record one.
    const changed = await tx.consent.updateMany({ where: { id: consent.id, withdrawnOn: null }, data: { withdrawnOn: input.withdrawnOn } });
    if (changed.count !== 1) throw new FieldError("withdrawnOn", "alreadyWithdrawn");
    await writeAudit(tx, {
      actor,
      action: "consent.withdraw",
      entity: "Consent",
      entityId: consent.id,
      villageCode: consent.villageCode,
      before: { withdrawnOn: null },
      after: { withdrawnOn: input.withdrawnOn },
      ip: meta.ip,
    });
    return { id: consent.id, personId: consent.personId };
  });
}
