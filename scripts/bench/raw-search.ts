// The raw-SQL baseline statement: the people list's fuzzy name search (lib/registry/
// list-people.ts, searchByName) for one role, built from the list's own WHERE (scope +
// search, peopleWhereSql), threshold and page size, so that the baseline follows the list
// when the list changes. The CTE around it mirrors searchByName; keep the two in step.

import { Prisma } from "../../lib/db/generated/client";
import type { Actor } from "../../lib/authz/roles";
import { NAME_SIMILARITY, PEOPLE_PAGE_SIZE, peopleWhereSql } from "../../lib/registry/list-people";
import { parseListPeopleQuery } from "../../lib/registry/list-people-query";
import type { SqlStatement } from "./sql-load";

const COLUMNS = Prisma.sql`p."id"::text AS "id", p."villageCode", p."nik", p."name", p."sex"::text AS "sex", p."birthDate", p."dusun", p."rt", p."rw",
  p."householdId"::text AS "householdId", p."currentStatus"::text AS "currentStatus", p."currentCountryCode", p."currentJobCode",
  p."currentSector"::text AS "currentSector", p."currentRecruiter", p."currentChecklistComplete", p."createdAt"`;

export function rawNameSearch(actor: Actor, q: string): SqlStatement {
  const where = peopleWhereSql(actor, parseListPeopleQuery({ q }));
  const statement = Prisma.sql`
    WITH m AS MATERIALIZED (
      SELECT p."id", similarity(p."name", ${q}) AS sim FROM "Person" p WHERE ${where}
    ), page AS (
      SELECT m."id", m.sim FROM m WHERE TRUE ORDER BY m.sim DESC, m."id" LIMIT ${PEOPLE_PAGE_SIZE + 1}
    )
    SELECT c.total, r.* FROM (SELECT count(*)::int AS total FROM m) c
    LEFT JOIN LATERAL (
      SELECT ${COLUMNS}, page.sim::text AS "sortKey", page.sim FROM page JOIN "Person" p ON p."id" = page."id"
    ) r ON TRUE
    ORDER BY r.sim DESC NULLS LAST, r."id"::uuid`;
  return {
    // The list sets the threshold per transaction; a session setting is the same for the statement.
    setup: [`SELECT set_config('pg_trgm.similarity_threshold', '${NAME_SIMILARITY}', false)`],
    text: statement.text,
    values: statement.values,
  };
}
