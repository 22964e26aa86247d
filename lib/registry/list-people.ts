import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { readRows } from "@/lib/db/read";
import { assertCan, type Actor } from "@/lib/authz";
import { decodePeopleCursor, encodePeopleCursor, type PeopleCursor } from "./cursor";
import { searchKind, type ListPeopleQuery } from "./list-people-query";
import { maskNik, seesIdentifiers } from "./mask";
import { regionNames } from "./region-names";
import {
  cappedCountSql,
  COUNT_CAP,
  keySearchPageSql,
  nameSearchMode,
  peopleWhereSql,
  PERSON_COLUMNS,
  searchesOneVillage,
  trigramSearchSql,
  type NameSearchMode,
} from "./people-sql";

export { peopleWhereSql } from "./people-sql";

export const PEOPLE_PAGE_SIZE = 25;

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

/**
 * One page (plus one row, to know whether there is more) and the total, for a search mode or
 * the plain list. Direct reads (lib/db/read.ts), not prepared: a generic plan cannot use the
 * spelling-key prefix or the similarity index the values make possible.
 */
async function findPage(actor: Actor, query: ListPeopleQuery, search: NameSearchMode | null, cursor: PeopleCursor | null, pageSize: number) {
  const where = peopleWhereSql(actor, query, search ?? undefined);
  if (search === "trigram") {
    const rows = await readRows<RawRow & { total: number; sim: number | null }>(trigramSearchSql(where, query.q!, cursor, pageSize + 1));
    return { found: rows.filter((r) => r.id !== null) as RawRow[], total: rows[0]?.total ?? 0 };
  }
  const page = search === "key" ? keySearchPageSql(where, cursor, pageSize + 1) : sortedPageSql(where, query.sort, cursor, pageSize + 1);
  const [found, counted] = await Promise.all([readRows<RawRow>(page), readRows<{ total: number }>(cappedCountSql(where))]);
  return { found, total: counted[0]?.total ?? 0 };
}

/** A page of the plain list, by name or newest first, after the cursor. */
function sortedPageSql(where: Prisma.Sql, sort: ListPeopleQuery["sort"], cursor: PeopleCursor | null, limit: number): Prisma.Sql {
  const after = cursor ? afterCursor(sort, cursor) : null;
  const keyed = after ? Prisma.sql`${where} AND ${after}` : where;
  const order = sort === "newest" ? Prisma.sql`p."createdAt" DESC, p."id" ASC` : Prisma.sql`p."name" ASC, p."id" ASC`;
  const sortKey = sort === "newest" ? Prisma.sql`to_char(p."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')` : Prisma.sql`p."name"`;
  return Prisma.sql`SELECT ${PERSON_COLUMNS}, ${sortKey} AS "sortKey" FROM "Person" p WHERE ${keyed} ORDER BY ${order} LIMIT ${limit}`;
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
 * People in the actor's villages matching the filters, 25 at a time, with the total (exact up
 * to COUNT_CAP, then `totalCapped`). `q` of 16 digits finds the NIK or the members of the
 * household with that Nomor KK; other text is a name search (people-sql.ts: the spelling key;
 * within a village, similarity when asked or when the key finds nobody). Otherwise sorted by
 * name or newest first. NIKs come masked for roles without person:read-identifiers.
 */
export async function listPeople(actor: Actor, query: ListPeopleQuery, pageSize = PEOPLE_PAGE_SIZE) {
  assertCan(actor, "person:read");
  const cursor = decodePeopleCursor(query.cursor);
  let search: NameSearchMode | null = null;
  if (searchKind(query.q) === "name") {
    // A similarity cursor (a number, no tab) continues a similarity list.
    search = searchesOneVillage(actor) && cursor && !cursor.key.includes("\t") ? "trigram" : nameSearchMode(actor, query);
  }
  let { found, total } = await findPage(actor, query, search, cursor, pageSize);
  if (search === "key" && total === 0 && !cursor && searchesOneVillage(actor)) {
    // Nobody under that spelling in the village: look for similar names instead.
    search = "trigram";
    ({ found, total } = await findPage(actor, query, search, cursor, pageSize));
  }

  const hasMore = found.length > pageSize;
  const page = found.slice(0, pageSize);
  const last = page[page.length - 1];
  const clear = seesIdentifiers(actor.role);
  const rows: PersonRow[] = page.map((r) => toRow(r, clear));
  return {
    rows,
    total: Math.min(total, COUNT_CAP),
    /** More than COUNT_CAP match: show "10.000+". */
    totalCapped: total > COUNT_CAP,
    villageNames: actor.villageCode ? null : await regionNames(rows.map((r) => r.villageCode)),
    nextCursor: hasMore && last ? encodePeopleCursor({ key: last.sortKey, id: last.id }) : null,
    /** "relevance" when a trigram search decides the order, "spelling" for the key search. */
    order: search === "trigram" ? ("relevance" as const) : search === "key" ? ("spelling" as const) : query.sort,
    /** A spelling-key list in one village: the page offers the similarity search too. */
    canSearchSimilar: search === "key" && searchesOneVillage(actor),
  };
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
