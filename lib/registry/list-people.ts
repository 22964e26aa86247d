import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { assertCan, villageScope, type Actor } from "@/lib/authz";
import { decodePeopleCursor, encodePeopleCursor, type PeopleCursor } from "./cursor";
import { searchKind, type ListPeopleQuery } from "./list-people-query";
import { maskNik, seesIdentifiers } from "./mask";

export const PEOPLE_PAGE_SIZE = 25;
/** pg_trgm similarity from which a name counts as a match (the extension's default, set explicitly). */
export const NAME_SIMILARITY = "0.3";

export type PersonRow = {
  id: string;
  villageCode: string;
  nik: string;
  name: string;
  sex: "MALE" | "FEMALE";
  birthDate: Date;
  dusun: string | null;
  rt: string | null;
  rw: string | null;
  householdId: string | null;
  currentStatus: string | null;
  currentCountryCode: string | null;
  currentJobCode: string | null;
  currentSector: string | null;
  currentRecruiter: string | null;
  currentChecklistComplete: boolean | null;
  createdAt: Date;
};
type RawRow = PersonRow & { sortKey: string };

const COLUMNS = Prisma.sql`p."id"::text AS "id", p."villageCode", p."nik", p."name", p."sex"::text AS "sex", p."birthDate", p."dusun", p."rt", p."rw",
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

/** Scope + filters + the search, as one SQL condition on "Person" p. Shared with the export. */
export function peopleWhereSql(actor: Actor, query: ListPeopleQuery): Prisma.Sql {
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
    parts.push(Prisma.sql`(p."nik" = ${n} OR p."householdId" IN (SELECT h."id" FROM "Household" h WHERE h."kkNumber" = ${n}))`);
  } else if (kind === "name") {
    parts.push(Prisma.sql`p."name" % ${query.q}`);
  }
  return Prisma.join(parts, " AND ");
}

function afterCursor(sort: ListPeopleQuery["sort"], c: PeopleCursor): Prisma.Sql | null {
  if (sort === "newest") {
    if (Number.isNaN(new Date(c.key).getTime())) return null;
    // The first condition alone bounds the index range ("createdAt" DESC, id): deep pages start where the cursor is.
    return Prisma.sql`p."createdAt" <= ${c.key}::timestamptz AND (p."createdAt" < ${c.key}::timestamptz OR p."id" > ${c.id}::uuid)`;
  }
  // A row comparison: one index range on (villageCode, name, id), however deep the page.
  return Prisma.sql`(p."name", p."id") > (${c.key}, ${c.id}::uuid)`;
}

/**
 * People in the actor's villages matching the filters, 25 at a time, with the total.
 * `q` of 16 digits finds the NIK or the members of the household with that Nomor KK; other
 * text is a fuzzy name search (pg_trgm), most similar first. Otherwise sorted by name or
 * newest first. NIKs come masked for roles without person:read-identifiers.
 */
export async function listPeople(actor: Actor, query: ListPeopleQuery, pageSize = PEOPLE_PAGE_SIZE) {
  assertCan(actor, "person:read");
  const where = peopleWhereSql(actor, query);
  const cursor = decodePeopleCursor(query.cursor);
  const fuzzy = searchKind(query.q) === "name";

  let found: RawRow[];
  let total: number;
  if (fuzzy) {
    ({ found, total } = await searchByName(where, query.q!, cursor, pageSize));
  } else {
    const after = cursor ? afterCursor(query.sort, cursor) : null;
    const keyed = after ? Prisma.sql`${where} AND ${after}` : where;
    const order = query.sort === "newest" ? Prisma.sql`p."createdAt" DESC, p."id" ASC` : Prisma.sql`p."name" ASC, p."id" ASC`;
    const sortKey = query.sort === "newest" ? Prisma.sql`to_char(p."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')` : Prisma.sql`p."name"`;
    const [rows, counted] = await Promise.all([
      db.$queryRaw<RawRow[]>`SELECT ${COLUMNS}, ${sortKey} AS "sortKey" FROM "Person" p WHERE ${keyed} ORDER BY ${order} LIMIT ${pageSize + 1}`,
      db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Person" p WHERE ${where}`,
    ]);
    found = rows;
    total = counted[0]?.total ?? 0;
  }

  const hasMore = found.length > pageSize;
  const page = found.slice(0, pageSize);
  const last = page[page.length - 1];
  const clear = seesIdentifiers(actor.role);
  const rows: PersonRow[] = page.map((r) => toRow(r, clear));
  return {
    rows,
    total,
    villageNames: actor.villageCode ? null : await villageNamesOf(rows.map((r) => r.villageCode)),
    nextCursor: hasMore && last ? encodePeopleCursor({ key: last.sortKey, id: last.id }) : null,
    /** "relevance" when a name search decides the order. */
    order: fuzzy ? ("relevance" as const) : query.sort,
  };
}

// The matches are collected once (MATERIALIZED): the page and the count both read them, so
// the trigram index is scanned once per request. The threshold is set for this transaction.
async function searchByName(where: Prisma.Sql, q: string, cursor: PeopleCursor | null, pageSize: number) {
  const validKey = cursor && /^\d+(\.\d+)?(e-?\d+)?$/i.test(cursor.key);
  const after = cursor && validKey ? Prisma.sql`(m.sim < ${cursor.key}::real OR (m.sim = ${cursor.key}::real AND m."id" > ${cursor.id}::uuid))` : Prisma.sql`TRUE`;
  const [, rows] = await db.$transaction([
    db.$queryRaw`SELECT set_config('pg_trgm.similarity_threshold', ${NAME_SIMILARITY}, true)`,
    db.$queryRaw<(RawRow & { total: number; sim: number | null })[]>`
      WITH m AS MATERIALIZED (
        SELECT p."id", similarity(p."name", ${q}) AS sim FROM "Person" p WHERE ${where}
      ), page AS (
        SELECT m."id", m.sim FROM m WHERE ${after} ORDER BY m.sim DESC, m."id" LIMIT ${pageSize + 1}
      )
      SELECT c.total, r.* FROM (SELECT count(*)::int AS total FROM m) c
      LEFT JOIN LATERAL (
        SELECT ${COLUMNS}, page.sim::text AS "sortKey", page.sim FROM page JOIN "Person" p ON p."id" = page."id"
      ) r ON TRUE
      ORDER BY r.sim DESC NULLS LAST, r."id"::uuid`,
  ]);
  const total = rows[0]?.total ?? 0;
  const found: RawRow[] = rows.filter((r) => r.id !== null);
  return { found, total };
}

function toRow(r: RawRow, clearNik: boolean): PersonRow {
  return {
    id: r.id,
    villageCode: r.villageCode,
    nik: clearNik ? r.nik : maskNik(r.nik),
    name: r.name,
    sex: r.sex,
    birthDate: r.birthDate,
    dusun: r.dusun,
    rt: r.rt,
    rw: r.rw,
    householdId: r.householdId,
    currentStatus: r.currentStatus,
    currentCountryCode: r.currentCountryCode,
    currentJobCode: r.currentJobCode,
    currentSector: r.currentSector,
    currentRecruiter: r.currentRecruiter,
    currentChecklistComplete: r.currentChecklistComplete,
    createdAt: r.createdAt,
  };
}

/** Names of the villages on a page, for staff who see several villages. */
async function villageNamesOf(codes: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes)];
  if (!unique.length) return new Map();
  const regions = await db.region.findMany({ where: { code: { in: unique } }, select: { code: true, name: true } });
  return new Map(regions.map((r) => [r.code, r.name]));
}
