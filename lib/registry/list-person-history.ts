import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { Role } from "@/lib/db/generated/enums";
import { readRow, readRows } from "@/lib/db/read";
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
  const ids = await readRow<{ placements: string[]; checkIns: string[]; consents: string[]; transfers: string[] }>(
    Prisma.sql`SELECT ARRAY(SELECT pl."id"::text FROM "Placement" pl WHERE pl."personId" = p."id") AS "placements",
      ARRAY(SELECT c."id"::text FROM "CheckIn" c WHERE c."personId" = p."id") AS "checkIns",
      ARRAY(SELECT c."id"::text FROM "Consent" c WHERE c."personId" = p."id") AS "consents",
      ARRAY(SELECT t."id"::text FROM "TransferRequest" t WHERE t."personId" = p."id") AS "transfers"
    FROM "Person" p WHERE p."id" = ${personId}::uuid AND ${scopeSql(actor)}`,
    { prepare: true },
  );
  if (!ids) throw new NotFoundError("Person");
  const placementIds = ids.placements;
  const entries = (entity: string, list: string[]) =>
    list.length ? [Prisma.sql`(a."entity" = ${entity} AND a."entityId" = ANY(${list}::text[]))`] : [];
  const or: Prisma.Sql[] = [
    Prisma.sql`(a."entity" = 'Person' AND a."entityId" = ${personId})`,
    ...entries("Placement", placementIds),
    // A checklist item's entry names its placement (alone or as "<placementId>:<code>").
    ...entries("PlacementRequirement", placementIds),
    ...placementIds.map((id) => Prisma.sql`(a."entity" = 'PlacementRequirement' AND a."entityId" LIKE ${`${id}:%`})`),
    ...entries("CheckIn", ids.checkIns),
    ...entries("Consent", ids.consents),
    ...entries("TransferRequest", ids.transfers),
  ];
  const found = await readRows<AuditRow>(
    Prisma.sql`SELECT a."id", a."at", a."actorEmail", a."actorRole", a."action", a."entity", a."entityId", a."before", a."after"
      FROM "AuditLog" a WHERE ${Prisma.join(or, " OR ")}
      ORDER BY a."at" DESC, a."id" DESC LIMIT ${limit + 1}`,
  );
  return { entries: found.slice(0, limit), more: found.length > limit };
}

type AuditRow = {
  /** bigint, as text. */
  id: string;
  at: Date;
  actorEmail: string | null;
  actorRole: Role | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
};
