import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { toDateInput } from "@/lib/placements/dates";
import { findScopedGroup, refuseFuture } from "./group-access";
import { recordAidSchema } from "./schemas";

export type AidRow = { id: string; item: string; valueRupiah: bigint; giver: string; givenOn: Date };

/** Records equipment or other aid a group received (issue 6 item 4). Audit `group.aid-add`. */
export async function recordAid(
  actor: Actor,
  rawInput: z.input<typeof recordAidSchema>,
  meta: { ip?: string | null; now?: Date } = {},
): Promise<{ id: string; groupId: string }> {
  assertCan(actor, "group:write");
  const input = recordAidSchema.parse(rawInput);
  refuseFuture("givenOn", input.givenOn, meta.now);
  return db.$transaction(async (tx) => {
    const group = await findScopedGroup(tx, actor, input.groupId);
    const aid = await tx.aidGrant.create({
      data: { groupId: group.id, item: input.item, valueRupiah: input.valueRupiah, giver: input.giver, givenOn: input.givenOn },
    });
    await writeAudit(tx, {
      actor,
      action: "group.aid-add",
      entity: "AidGrant",
      entityId: aid.id,
      villageCode: group.villageCode,
      after: { groupId: group.id, item: aid.item, valueRupiah: aid.valueRupiah.toString(), giver: aid.giver, givenOn: toDateInput(aid.givenOn) },
      ip: meta.ip,
    });
    return { id: aid.id, groupId: group.id };
  });
}

/** A group's aid, newest first, with the total value. */
export async function listGroupAid(actor: Actor, groupId: string): Promise<{ grants: AidRow[]; totalRupiah: bigint }> {
  assertCan(actor, "group:read");
  const group = await findScopedGroup(db, actor, groupId);
  const grants = await db.aidGrant.findMany({
    where: { groupId: group.id },
    orderBy: [{ givenOn: "desc" }, { createdAt: "desc" }],
    select: { id: true, item: true, valueRupiah: true, giver: true, givenOn: true },
  });
  return { grants, totalRupiah: grants.reduce((sum, g) => sum + g.valueRupiah, 0n) };
}
