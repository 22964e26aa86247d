import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { FieldError } from "@/lib/validation/errors";
import { bumpCaseVersion, findScopedCase } from "./case-access";
import { addCaseEvent } from "./case-events";
import { listHandlersFor } from "./list-handlers";
import { assignHandlerSchema } from "./schemas";

/** Gives the case to a BP3MI staff member of a region containing its village (or to nobody). */
export async function assignHandler(actor: Actor, raw: z.input<typeof assignHandlerSchema>, meta: { ip?: string | null } = {}): Promise<void> {
  const input = assignHandlerSchema.parse(raw);
  assertCan(actor, "case:assign");
  await db.$transaction(async (tx) => {
    const before = await findScopedCase(tx, actor, input.id);
    if (before.version !== input.version) throw new FieldError("_form", "cases:versionConflict");
    let handlerName: string | null = null;
    if (input.handlerId) {
      const handler = (await listHandlersFor(before.villageCode, tx)).find((h) => h.id === input.handlerId);
      if (!handler) throw new FieldError("handlerId", "cases:handlerNotAllowed");
      handlerName = handler.name;
    }
    if (before.handlerId === input.handlerId) return;
    await bumpCaseVersion(tx, actor, before.id, before.version, { handlerId: input.handlerId });
    await addCaseEvent(tx, actor, before.id, { kind: "ASSIGNED", data: { handlerId: input.handlerId, handlerName } });
    await writeAudit(tx, {
      actor,
      action: "case.assign",
      entity: "Case",
      entityId: before.id,
      villageCode: before.villageCode,
      before: { handlerId: before.handlerId, version: before.version },
      after: { handlerId: input.handlerId, version: before.version + 1 },
      ip: meta.ip,
    });
  });
}
