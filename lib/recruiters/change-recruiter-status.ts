import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { assertCan, NotFoundError, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import type { RecruiterStatusInput } from "./schemas";

const STATUS_FIELDS = { status: true, suspensionScope: true, suspendedFrom: true, suspendedUntil: true, statusDecree: true, statusDecreeOn: true, lastCheckedOn: true } as const;

/**
 * Sets a recruiter's licence status from a decree: the current status on the row, one more
 * RecruiterStatusChange (history is only appended, never rewritten), and the audit entry,
 * in one transaction. Entering a decree means the entry was checked today.
 */
export async function changeRecruiterStatus(actor: Actor, input: RecruiterStatusInput, meta: { ip?: string | null; today?: Date } = {}): Promise<{ id: string }> {
  assertCan(actor, "recruiter:write");
  const now = meta.today ?? new Date();
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return db.$transaction(async (tx: Tx) => {
    const before = await tx.recruiter.findUnique({ where: { id: input.id }, select: STATUS_FIELDS });
    if (!before) throw new NotFoundError("Recruiter");
    const fields = { status: input.status, suspensionScope: input.suspensionScope, suspendedFrom: input.suspendedFrom, suspendedUntil: input.suspendedUntil };
    const after = await tx.recruiter.update({
      where: { id: input.id },
      data: { ...fields, statusDecree: input.decree, statusDecreeOn: input.decreeOn, lastCheckedOn: today, version: { increment: 1 } },
      select: STATUS_FIELDS,
    });
    await tx.recruiterStatusChange.create({
      data: { recruiterId: input.id, ...fields, decree: input.decree, decreeOn: input.decreeOn, note: input.note, changedById: actor.id },
    });
    await writeAudit(tx, { actor, action: "recruiter.status", entity: "Recruiter", entityId: input.id, before, after: { ...after, note: input.note }, ip: meta.ip });
    return { id: input.id };
  });
}
