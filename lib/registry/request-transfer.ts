import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan, ForbiddenError, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { FieldError } from "@/lib/validation/errors";
import { requestTransferSchema } from "./schemas";

/**
 * Asks the village that holds a NIK to hand the person over to the actor's village. The
 * requesting village learns nothing about the person: the answer is only "sent". The
 * holding village's official decides (decideTransfer).
 */
export async function requestTransfer(
  actor: Actor,
  rawInput: z.input<typeof requestTransferSchema>,
  meta: { ip?: string | null } = {},
): Promise<{ sent: true }> {
  assertCan(actor, "person:transfer-request");
  const toVillageCode = actor.villageCode;
  if (!toVillageCode) throw new ForbiddenError("person:transfer-request");
  const input = requestTransferSchema.parse(rawInput);

  return db.$transaction(async (tx) => {
    // Unscoped on purpose: the person is in another village; only its id and village are read.
    const person = await tx.person.findUnique({ where: { nik: input.nik }, select: { id: true, villageCode: true } });
    if (!person) throw new FieldError("nik", "registry:transferUnknownNik");
    if (person.villageCode === toVillageCode) throw new FieldError("nik", "registry:transferOwnVillage");
    const pending = await tx.transferRequest.findFirst({ where: { personId: person.id, toVillageCode, status: "PENDING" }, select: { id: true } });
    if (pending) throw new FieldError("_form", "registry:transferPending");

    const request = await tx.transferRequest.create({
      data: { personId: person.id, fromVillageCode: person.villageCode, toVillageCode, requestedById: actor.id, reason: input.reason },
      select: { id: true },
    });
    await writeAudit(tx, {
      actor,
      action: "transfer.request",
      entity: "TransferRequest",
      entityId: request.id,
      villageCode: person.villageCode,
      after: { personId: person.id, fromVillageCode: person.villageCode, toVillageCode, reason: input.reason, status: "PENDING" },
      ip: meta.ip,
    });
    return { sent: true as const };
  });
}
