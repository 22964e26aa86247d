import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/authz/roles";
import { changedFields } from "./diff";

export type AuditEntry = {
  actor: Pick<Actor, "id" | "email" | "role"> | null;
  action: string;
  entity: string;
  entityId?: string | null;
  villageCode?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  ip?: string | null;
};

/**
 * Appends one audit entry. Call it with the transaction that makes the change, so the
 * change and its record commit (or fail) together.
 */
export async function writeAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  const diff = changedFields(entry.before, entry.after);
  await tx.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      actorRole: entry.actor?.role ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      villageCode: entry.villageCode ?? null,
      before: (diff.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (diff.after ?? undefined) as Prisma.InputJsonValue | undefined,
      ip: entry.ip ?? null,
    },
  });
}
