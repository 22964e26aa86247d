import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { UUID } from "@/lib/users/uuid";
import { FieldError } from "@/lib/validation/errors";
import { revokeLetterSchema } from "./schemas";

/**
 * Revokes a letter (village officials, letter:revoke), with a reason. The public page then
 * says it is not valid. A departure it covered stays procedural (decision 022).
 */
export async function revokeVillageLetter(actor: Actor, rawInput: { id: string; reason: string }, meta: { ip?: string | null; now?: Date } = {}): Promise<{ id: string }> {
  const input = revokeLetterSchema.parse(rawInput);
  assertCan(actor, "letter:revoke");
  if (!UUID.test(input.id)) throw new NotFoundError("VillageLetter");
  const now = meta.now ?? new Date();
  return db.$transaction(async (tx) => {
    const letter = await tx.villageLetter.findFirst({ where: { AND: [{ id: input.id }, villageScope(actor)] }, select: { id: true, villageCode: true, number: true, revokedAt: true } });
    if (!letter) throw new NotFoundError("VillageLetter");
    if (letter.revokedAt) throw new FieldError("_form", "verification:letterAlreadyRevoked");
    const { count } = await tx.villageLetter.updateMany({ where: { id: letter.id, revokedAt: null }, data: { revokedAt: now, revokedById: actor.id, revokeReason: input.reason } });
    if (count === 0) throw new FieldError("_form", "verification:letterAlreadyRevoked");
    await writeAudit(tx, {
      actor,
      action: "village-letter.revoke",
      entity: "VillageLetter",
      entityId: letter.id,
      villageCode: letter.villageCode,
      before: { revokedAt: null },
      after: { number: letter.number, revokedAt: now, revokeReason: input.reason },
      ip: meta.ip,
    });
    return { id: letter.id };
  });
}
