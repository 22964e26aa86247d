import "server-only";
import { z } from "zod";
import { hashPassword } from "@/lib/auth/password-hash";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { findScopedCase } from "./case-access";
import { generatePin } from "./codes";

export const resetCasePinSchema = z.object({ id: z.uuid("invalidFormat") });

/** A new PIN for the family (the old one stops working); shown once, only its hash is kept. */
export async function resetCasePin(actor: Actor, raw: z.input<typeof resetCasePinSchema>, meta: { ip?: string | null } = {}): Promise<{ pin: string; trackingCode: string }> {
  const input = resetCasePinSchema.parse(raw);
  assertCan(actor, "case:add-info");
  const pin = generatePin();
  const pinHash = await hashPassword(pin);
  return db.$transaction(async (tx) => {
    const found = await findScopedCase(tx, actor, input.id);
    const updated = await tx.case.update({ where: { id: found.id }, data: { pinHash }, select: { trackingCode: true } });
    await writeAudit(tx, { actor, action: "case.pin-reset", entity: "Case", entityId: found.id, villageCode: found.villageCode, ip: meta.ip });
    return { pin, trackingCode: updated.trackingCode };
  });
}
