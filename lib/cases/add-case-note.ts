import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { findScopedCase } from "./case-access";
import { addCaseEvent } from "./case-events";
import { addCaseNoteSchema } from "./schemas";

/**
 * A note on the timeline: internal (organizers, officials' comments, BP3MI staff), or
 * shareable with the family (case:note-shareable). Notes do not raise the case's version:
 * writing one never conflicts with someone changing the status.
 */
export async function addCaseNote(actor: Actor, raw: unknown, meta: { ip?: string | null } = {}): Promise<void> {
  const input = addCaseNoteSchema.parse(raw);
  assertCan(actor, "case:note");
  if (input.shareable) assertCan(actor, "case:note-shareable");
  await db.$transaction(async (tx) => {
    const found = await findScopedCase(tx, actor, input.id);
    await addCaseEvent(tx, actor, found.id, { kind: "NOTE", text: input.text, shareable: input.shareable });
    await writeAudit(tx, {
      actor,
      action: "case.note",
      entity: "Case",
      entityId: found.id,
      villageCode: found.villageCode,
      after: { note: input.text, shareable: input.shareable },
      ip: meta.ip,
    });
  });
}
