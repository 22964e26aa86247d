import "server-only";
import type { z } from "zod";
import { db, type Tx } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { StaleRecordError } from "./errors";
import { touchHouseholds } from "./person-fields";
import { decideTransferSchema } from "./schemas";

/**
 * The holding village's official approves or rejects a transfer request. Approval moves the
 * person and everything that carries their village (placements, check-ins, consents) to the
 * requesting village, takes them out of their old household (households stay in their
 * village), and closes other pending requests for the same person. All audited.
 */
export async function decideTransfer(
  actor: Actor,
  rawInput: z.input<typeof decideTransferSchema>,
  meta: { ip?: string | null } = {},
): Promise<{ id: string; personId: string; status: "APPROVED" | "REJECTED" }> {
  assertCan(actor, "person:transfer-decide");
  const input = decideTransferSchema.parse(rawInput);
  const scope = villageScope(actor).villageCode;

  return db.$transaction(async (tx) => {
    const request = await tx.transferRequest.findFirst({
      where: { id: input.id, status: "PENDING", ...(scope === undefined ? {} : { fromVillageCode: scope }) },
      select: { id: true, personId: true, fromVillageCode: true, toVillageCode: true },
    });
    if (!request) throw new NotFoundError("TransferRequest");
    const status = input.decision === "approve" ? "APPROVED" : "REJECTED";
    const decided = await tx.transferRequest.updateMany({
      where: { id: request.id, status: "PENDING" },
      data: { status, decidedById: actor.id, decidedAt: new Date() },
    });
    if (decided.count === 0) throw new StaleRecordError();
    await writeAudit(tx, {
      actor,
      action: `transfer.${input.decision}`,
      entity: "TransferRequest",
      entityId: request.id,
      villageCode: request.fromVillageCode,
      before: { status: "PENDING" },
      after: { status },
      ip: meta.ip,
    });
    if (status === "APPROVED") await movePerson(tx, actor, request, meta.ip);
    return { id: request.id, personId: request.personId, status };
  });
}

async function movePerson(
  tx: Tx,
  actor: Actor,
  request: { id: string; personId: string; fromVillageCode: string; toVillageCode: string },
  ip: string | null | undefined,
) {
  const { personId, fromVillageCode: from, toVillageCode: to } = request;
  const before = await tx.person.findFirst({ where: { id: personId, villageCode: from }, select: { householdId: true, relationToHead: true } });
  if (!before) throw new NotFoundError("Person");
  await tx.person.update({ where: { id: personId }, data: { villageCode: to, householdId: null, relationToHead: null, version: { increment: 1 } } });
  await touchHouseholds(tx, [before.householdId]);
  const placements = await tx.placement.updateMany({ where: { personId, villageCode: from }, data: { villageCode: to } });
  const checkIns = await tx.checkIn.updateMany({ where: { personId, villageCode: from }, data: { villageCode: to } });
  const consents = await tx.consent.updateMany({ where: { personId, villageCode: from }, data: { villageCode: to } });
  await writeAudit(tx, {
    actor,
    action: "person.transfer",
    entity: "Person",
    entityId: personId,
    villageCode: to,
    before: { villageCode: from, householdId: before.householdId, relationToHead: before.relationToHead },
    after: { villageCode: to, householdId: null, relationToHead: null, movedPlacements: placements.count, movedCheckIns: checkIns.count, movedConsents: consents.count },
    ip,
  });

  const others = await tx.transferRequest.findMany({ where: { personId, status: "PENDING", id: { not: request.id } }, select: { id: true } });
  for (const other of others) {
    await tx.transferRequest.update({ where: { id: other.id }, data: { status: "REJECTED", decidedById: actor.id, decidedAt: new Date() } });
    await writeAudit(tx, {
      actor,
      action: "transfer.reject",
      entity: "TransferRequest",
      entityId: other.id,
      villageCode: from,
      before: { status: "PENDING" },
      after: { status: "REJECTED", supersededBy: request.id },
      ip,
    });
  }
}
