import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { assertCan, villageScope, type Actor } from "@/lib/authz";
import { decodePairCursor, encodePairCursor } from "./cursor";
import { nameKeySql } from "./normalise-name";
import type { ListDuplicatesQuery } from "./schemas";
import { villageScopeSql } from "./village-scope-sql";

export const DUPLICATES_PAGE_SIZE = 20;
/** pg_trgm similarity from which two names in one household count as a possible duplicate. */
export const SIMILAR_NAME_THRESHOLD = 0.6;

export const DUPLICATE_REASONS = ["SAME_NAME_BIRTH_DATE", "SIMILAR_NAME_HOUSEHOLD"] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

const PERSON_SELECT = {
  id: true,
  name: true,
  nik: true,
  sex: true,
  birthDate: true,
  birthPlace: true,
  dusun: true,
  rt: true,
  rw: true,
  relationToHead: true,
  currentStatus: true,
  createdAt: true,
  version: true,
  household: { select: { kkNumber: true } },
} as const satisfies Prisma.PersonSelect;

export type DuplicatePerson = Prisma.PersonGetPayload<{ select: typeof PERSON_SELECT }>;
export type DuplicatePair = { first: DuplicatePerson; second: DuplicatePerson; reasons: DuplicateReason[] };

type PairRow = { first_id: string; second_id: string; sort_key: string; reasons: string[]; total: bigint };

/**
 * Possible duplicates in the actor's village(s): two people with (a) the same normalised name
 * and the same birth date, or (b) similar names (pg_trgm similarity ≥ 0.6) in one household.
 *
 * Cost: the village's people are read once through the (villageCode, name, id) index into a
 * small materialised set (a village holds hundreds to a few thousand people, even with a
 * million in the table), then joined with itself by hash on (birth date, name key) and on
 * household. Nothing compares every person with every other one, and nothing outside the
 * scope is read. See docs/decisions/012.
 */
export async function listDuplicates(actor: Actor, query: ListDuplicatesQuery, pageSize = DUPLICATES_PAGE_SIZE) {
  assertCan(actor, "person:merge");
  const cursor = decodePairCursor(query.cursor);
  const after = cursor
    ? Prisma.sql`WHERE (sort_key, first_id, second_id) > (${cursor.key}, ${cursor.firstId}::uuid, ${cursor.secondId}::uuid)`
    : Prisma.empty;
  const key = Prisma.raw(nameKeySql(`"name"`));

  const rows = await db.$queryRaw<PairRow[]>`
    WITH scoped AS MATERIALIZED (
      SELECT id, "villageCode", "birthDate", "householdId", ${key} AS name_key
      FROM "Person"
      WHERE ${villageScopeSql(actor)}
    ),
    pairs AS (
      SELECT a.id AS first_id, b.id AS second_id, a.name_key AS sort_key, 'SAME_NAME_BIRTH_DATE' AS reason
      FROM scoped a
      JOIN scoped b ON b."villageCode" = a."villageCode" AND b."birthDate" = a."birthDate" AND b.name_key = a.name_key AND b.id > a.id
      UNION ALL
      SELECT a.id, b.id, a.name_key, 'SIMILAR_NAME_HOUSEHOLD'
      FROM scoped a
      JOIN scoped b ON b."householdId" = a."householdId" AND b."villageCode" = a."villageCode" AND b.id > a.id
      WHERE similarity(a.name_key, b.name_key) >= ${SIMILAR_NAME_THRESHOLD}
    ),
    grouped AS (
      SELECT first_id, second_id, min(sort_key) AS sort_key, array_agg(DISTINCT reason) AS reasons, count(*) OVER () AS total
      FROM pairs
      GROUP BY first_id, second_id
    )
    SELECT first_id, second_id, sort_key, reasons, total
    FROM grouped
    ${after}
    ORDER BY sort_key, first_id, second_id
    LIMIT ${pageSize + 1}`;

  const hasMore = rows.length > pageSize;
  const page = rows.slice(0, pageSize);
  const ids = [...new Set(page.flatMap((r) => [r.first_id, r.second_id]))];
  const people = ids.length
    ? await db.person.findMany({ where: { AND: [{ id: { in: ids } }, villageScope(actor)] }, select: PERSON_SELECT })
    : [];
  const byId = new Map(people.map((p) => [p.id, p]));

  const pairs: DuplicatePair[] = [];
  for (const r of page) {
    const first = byId.get(r.first_id);
    const second = byId.get(r.second_id);
    // A person merged or deleted between the two queries simply drops out of this page.
    if (first && second) pairs.push({ first, second, reasons: r.reasons.filter(isReason).sort() });
  }
  const last = page[page.length - 1];
  const nextCursor = hasMore && last ? encodePairCursor({ key: last.sort_key, firstId: last.first_id, secondId: last.second_id }) : null;
  // Past the last page the count is unknown (no rows); the pager then shows no count.
  const total = page.length ? Number(page[0]!.total) : null;
  return { pairs, total, nextCursor };
}

function isReason(value: string): value is DuplicateReason {
  return (DUPLICATE_REASONS as readonly string[]).includes(value);
}
