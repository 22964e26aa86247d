import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { villageScope, type Actor } from "@/lib/authz";
import type { PeopleCursor } from "./cursor";
import { searchKind, type ListPeopleQuery } from "./list-people-query";

// The SQL of the people list, shared by the list, the export and the benchmark's raw-SQL
// baseline (scripts/bench/raw-search.ts), so the three cannot drift apart.

/** Counts stop here: "10.000+" is as useful as an exact figure and costs a fraction of it. */
export const COUNT_CAP = 10_000;

export const PERSON_COLUMNS = Prisma.sql`p."id"::text AS "id", p."villageCode", p."nik", p."name", p."sex"::text AS "sex", p."birthDate", p."dusun", p."rt", p."rw",
  p."householdId"::text AS "householdId", p."currentStatus"::text AS "currentStatus", p."currentCountryCode", p."currentJobCode",
  p."currentSector"::text AS "currentSector", p."currentRecruiter", p."currentChecklistComplete", p."createdAt"`;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The actor's villages as SQL on p."villageCode" (the same rule as villageScope). */
export function scopeSql(actor: Pick<Actor, "role" | "villageCode" | "regionCode">): Prisma.Sql {
  const scope = villageScope(actor).villageCode;
  if (scope === undefined) return Prisma.sql`TRUE`;
  if (typeof scope === "string") return Prisma.sql`p."villageCode" = ${scope}`;
  if ("startsWith" in scope) return Prisma.sql`p."villageCode" LIKE ${`${escapeLike(scope.startsWith)}%`}`;
  return Prisma.sql`FALSE`;
}

export type NameSearchMode = "trigram" | "key";

/**
 * How a name is searched first (docs/decisions/017): by the spelling key (person_name_key, a
 * prefix match in key order), which an index serves among a million people. Within one
 * village, `similar=1` asks for trigram similarity instead (pg_trgm: any spelling and word
 * order, most similar first), and the list falls back to it when the key finds nobody.
 */
export function nameSearchMode(actor: Pick<Actor, "role" | "villageCode" | "regionCode">, query: Pick<ListPeopleQuery, "similar">): NameSearchMode {
  return query.similar && searchesOneVillage(actor) ? "trigram" : "key";
}

/** Whether the actor's scope is one village (where a trigram search stays cheap). */
export function searchesOneVillage(actor: Pick<Actor, "role" | "villageCode" | "regionCode">): boolean {
  return typeof villageScope(actor).villageCode === "string";
}

const NAME_KEY = Prisma.sql`("person_name_key"(p."name") COLLATE "C")`;

function nameKeyRange(q: string): Prisma.Sql {
  // Keys hold only a-z, 0-9 and spaces, so every key that starts with k sorts below k || '~'.
  return Prisma.sql`${NAME_KEY} >= ("person_name_key"(${q}) COLLATE "C") AND ${NAME_KEY} < (("person_name_key"(${q}) || '~') COLLATE "C")`;
}

/** Scope + filters + the search, as one SQL condition on "Person" p. Shared with the export. */
export function peopleWhereSql(actor: Actor, query: ListPeopleQuery, mode: NameSearchMode = nameSearchMode(actor, query)): Prisma.Sql {
  const parts: Prisma.Sql[] = [scopeSql(actor)];
  if (query.status) parts.push(Prisma.sql`p."currentStatus" = CAST(${query.status} AS "PlacementStatus")`);
  if (query.destination) parts.push(Prisma.sql`p."currentCountryCode" = ${query.destination}`);
  if (query.sector) parts.push(Prisma.sql`p."currentSector" = CAST(${query.sector} AS "Sector")`);
  if (query.dusun) parts.push(Prisma.sql`p."dusun" ILIKE ${escapeLike(query.dusun)}`);
  if (query.recruiter) parts.push(Prisma.sql`p."currentRecruiter" ILIKE ${`%${escapeLike(query.recruiter)}%`}`);
  if (query.checklist) parts.push(Prisma.sql`p."currentChecklistComplete" = ${query.checklist === "yes"}`);
  const kind = searchKind(query.q);
  if (kind === "number") {
    const n = query.q!.replace(/[\s.-]/g, "");
    // A scalar subquery (kkNumber is unique): the planner then ORs two index lookups. Written
    // as IN (…) it estimated half the table and walked all of it (docs/benchmarks.md).
    parts.push(Prisma.sql`(p."nik" = ${n} OR p."householdId" = (SELECT h."id" FROM "Household" h WHERE h."kkNumber" = ${n}))`);
  } else if (kind === "name") {
    parts.push(mode === "trigram" ? Prisma.sql`p."name" % ${query.q}` : nameKeyRange(query.q!));
  }
  return Prisma.join(parts, " AND ");
}

/** count(*) of the matches, stopping after COUNT_CAP + 1 rows. */
export function cappedCountSql(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS total FROM (SELECT 1 FROM "Person" p WHERE ${where} LIMIT ${COUNT_CAP + 1}) c`;
}

/**
 * Trigram search inside one village: the matches are collected once (MATERIALIZED), and the
 * page and the exact count both read them. Uses pg_trgm's default threshold (0.3).
 */
export function trigramSearchSql(where: Prisma.Sql, q: string, cursor: PeopleCursor | null, limit: number): Prisma.Sql {
  const validKey = cursor && /^\d+(\.\d+)?(e-?\d+)?$/i.test(cursor.key);
  const after = cursor && validKey ? Prisma.sql`(m.sim < ${cursor.key}::real OR (m.sim = ${cursor.key}::real AND m."id" > ${cursor.id}::uuid))` : Prisma.sql`TRUE`;
  return Prisma.sql`
    WITH m AS MATERIALIZED (
      SELECT p."id", similarity(p."name", ${q}) AS sim FROM "Person" p WHERE ${where}
    ), page AS (
      SELECT m."id", m.sim FROM m WHERE ${after} ORDER BY m.sim DESC, m."id" LIMIT ${limit}
    )
    SELECT c.total, r.* FROM (SELECT count(*)::int AS total FROM m) c
    LEFT JOIN LATERAL (
      SELECT ${PERSON_COLUMNS}, page.sim::text AS "sortKey", page.sim FROM page JOIN "Person" p ON p."id" = page."id"
    ) r ON TRUE
    ORDER BY r.sim DESC NULLS LAST, r."id"::uuid`;
}

/** The spelling-key page: key, then name, then id; the cursor's key is "<key>\t<name>". */
export function keySearchPageSql(where: Prisma.Sql, cursor: PeopleCursor | null, limit: number): Prisma.Sql {
  const tab = cursor?.key.indexOf("\t") ?? -1;
  const after =
    cursor && tab >= 0
      ? Prisma.sql`AND (${NAME_KEY}, p."name", p."id") > (${cursor.key.slice(0, tab)} COLLATE "C", ${cursor.key.slice(tab + 1)}, ${cursor.id}::uuid)`
      : Prisma.empty;
  return Prisma.sql`SELECT ${PERSON_COLUMNS}, "person_name_key"(p."name") || E'\t' || p."name" AS "sortKey"
    FROM "Person" p WHERE ${where} ${after}
    ORDER BY ${NAME_KEY}, p."name", p."id" LIMIT ${limit}`;
}
