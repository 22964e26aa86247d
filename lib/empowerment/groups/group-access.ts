import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";
import { NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { UUID } from "@/lib/registry/schemas";

// Shared by the group data functions: the fields an audit entry records, and the lookup every
// read and write of one group starts with (the actor's scope is in the `where`).

export const AUDITED_GROUP_FIELDS = {
  id: true,
  villageCode: true,
  name: true,
  kindCode: true,
  foundedOn: true,
  status: true,
  cooperativeId: true,
  description: true,
  version: true,
} as const satisfies Prisma.BusinessGroupSelect;

export type AuditedGroup = Prisma.BusinessGroupGetPayload<{ select: typeof AUDITED_GROUP_FIELDS }>;

/** The group if it is in the actor's villages; otherwise NotFound (its existence stays hidden). */
export async function findScopedGroup(tx: Tx, actor: Actor, id: string): Promise<AuditedGroup> {
  if (!UUID.test(id)) throw new NotFoundError("BusinessGroup");
  const group = await tx.businessGroup.findFirst({ where: { AND: [{ id }, villageScope(actor)] }, select: AUDITED_GROUP_FIELDS });
  if (!group) throw new NotFoundError("BusinessGroup");
  return group;
}
