import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";

/** Entries the person page shows at first; "show all" raises it to PERSON_HISTORY_MAX. */
export const PERSON_HISTORY_LIMIT = 10;
export const PERSON_HISTORY_MAX = 500;

export type PersonHistoryEntry = Awaited<ReturnType<typeof listPersonHistory>>["entries"][number];

/**
 * Who did what to this person's records, newest first: the person itself (including every
 * reveal of a masked field), their placements and checklist items, check-ins, consents and
 * transfer requests. Values in the entries are already masked where the law asks
 * (lib/registry/mask.ts maskForAudit). Cases and group memberships join here later.
 */
export async function listPersonHistory(actor: Actor, personId: string, opts: { limit?: number } = {}) {
  const limit = Math.min(opts.limit ?? PERSON_HISTORY_LIMIT, PERSON_HISTORY_MAX);
  assertCan(actor, "person:read");
  const scope = villageScope(actor);
  const person = await db.person.findFirst({ where: { AND: [{ id: personId }, scope] }, select: { id: true } });
  if (!person) throw new NotFoundError("Person");

  const [placements, checkIns, consents, transfers] = await Promise.all([
    db.placement.findMany({ where: { personId }, select: { id: true } }),
    db.checkIn.findMany({ where: { personId }, select: { id: true } }),
    db.consent.findMany({ where: { personId }, select: { id: true } }),
    db.transferRequest.findMany({ where: { personId }, select: { id: true } }),
  ]);
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
  const placementIds = ids(placements);
  const or: Prisma.AuditLogWhereInput[] = [{ entity: "Person", entityId: personId }];
  if (placementIds.length) {
    or.push({ entity: "Placement", entityId: { in: placementIds } });
    // A checklist item's entry names its placement (alone or as "<placementId>:<code>").
    or.push({ entity: "PlacementRequirement", entityId: { in: placementIds } });
    for (const id of placementIds) or.push({ entity: "PlacementRequirement", entityId: { startsWith: `${id}:` } });
  }
  if (checkIns.length) or.push({ entity: "CheckIn", entityId: { in: ids(checkIns) } });
  if (consents.length) or.push({ entity: "Consent", entityId: { in: ids(consents) } });
  if (transfers.length) or.push({ entity: "TransferRequest", entityId: { in: ids(transfers) } });

  const found = await db.auditLog.findMany({
    where: { OR: or },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: { id: true, at: true, actorEmail: true, actorRole: true, action: true, entity: true, entityId: true, before: true, after: true },
  });
  return { entries: found.slice(0, limit), more: found.length > limit };
}
