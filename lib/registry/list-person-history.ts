import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, NotFoundError, type Actor } from "@/lib/authz";
import { scopeSql } from "./people-sql";
import { UUID } from "./schemas";

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
  // The person (in the actor's villages) and the ids of everything of theirs the log names,
  // in one round trip.
  if (!UUID.test(personId)) throw new NotFoundError("Person");
  const [ids] = await db.$queryRaw<{ placements: string[]; checkIns: string[]; consents: string[]; transfers: string[] }[]>`
    SELECT ARRAY(SELECT pl."id"::text FROM "Placement" pl WHERE pl."personId" = p."id") AS "placements",
      ARRAY(SELECT c."id"::text FROM "CheckIn" c WHERE c."personId" = p."id") AS "checkIns",
      ARRAY(SELECT c."id"::text FROM "Consent" c WHERE c."personId" = p."id") AS "consents",
      ARRAY(SELECT t."id"::text FROM "TransferRequest" t WHERE t."personId" = p."id") AS "transfers"
    FROM "Person" p WHERE p."id" = ${personId}::uuid AND ${scopeSql(actor)}`;
  if (!ids) throw new NotFoundError("Person");
  const placementIds = ids.placements;
  const or: Prisma.AuditLogWhereInput[] = [{ entity: "Person", entityId: personId }];
  if (placementIds.length) {
    or.push({ entity: "Placement", entityId: { in: placementIds } });
    // A checklist item's entry names its placement (alone or as "<placementId>:<code>").
    or.push({ entity: "PlacementRequirement", entityId: { in: placementIds } });
    for (const id of placementIds) or.push({ entity: "PlacementRequirement", entityId: { startsWith: `${id}:` } });
  }
  if (ids.checkIns.length) or.push({ entity: "CheckIn", entityId: { in: ids.checkIns } });
  if (ids.consents.length) or.push({ entity: "Consent", entityId: { in: ids.consents } });
  if (ids.transfers.length) or.push({ entity: "TransferRequest", entityId: { in: ids.transfers } });

  const found = await db.auditLog.findMany({
    where: { OR: or },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: { id: true, at: true, actorEmail: true, actorRole: true, action: true, entity: true, entityId: true, before: true, after: true },
  });
  return { entries: found.slice(0, limit), more: found.length > limit };
}
