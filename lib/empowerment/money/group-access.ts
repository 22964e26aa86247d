import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";
import { NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { UUID } from "@/lib/registry/schemas";
import { todayWib } from "@/lib/placements/dates";
import { FieldError } from "@/lib/validation/errors";

// The look-up every read and write of a group's money starts with: a group outside the
// actor's villages is NotFound, so its existence is not revealed.

export type ScopedGroup = { id: string; villageCode: string; name: string };

export function groupScope(actor: Actor): Prisma.BusinessGroupWhereInput {
  return villageScope(actor);
}

export async function findScopedGroup(client: Pick<Tx, "businessGroup">, actor: Actor, groupId: string): Promise<ScopedGroup> {
  if (!UUID.test(groupId)) throw new NotFoundError("BusinessGroup");
  const group = await client.businessGroup.findFirst({
    where: { AND: [{ id: groupId }, groupScope(actor)] },
    select: { id: true, villageCode: true, name: true },
  });
  if (!group) throw new NotFoundError("BusinessGroup");
  return group;
}

/** A day that has not come yet (in WIB) is refused on its field. */
export function refuseFuture(field: string, day: Date, now: Date = new Date()): void {
  if (day.getTime() > todayWib(now).getTime()) throw new FieldError(field, "groupMoney:dateInFuture");
}
