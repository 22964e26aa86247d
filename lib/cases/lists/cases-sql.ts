import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/authz";
import { caseScope } from "@/lib/cases/case-access";
import { isOpen, OPEN_STATUSES, type CaseStatus } from "@/lib/cases/workflow";
import type { CaseCursor } from "./case-cursor";
import { caseSearch, type CaseSort, type ListCasesQuery } from "./list-cases-query";

// The SQL of the case list, shared by the list and the export so the two cannot drift apart.
// Raw SQL because the default order ("priority": urgent first, then overdue, then oldest)
// sorts on expressions Prisma's orderBy cannot express, and keyset paging needs a row
// comparison on the same expressions.

/** Counts stop here, as the people list's do: "10.000+" is as useful as the exact figure. */
export const CASE_COUNT_CAP = 10_000;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** caseScope(actor) as SQL on c."villageCode". */
export function caseScopeSql(actor: Actor): Prisma.Sql {
  const scope = caseScope(actor).villageCode;
  if (scope === undefined) return Prisma.sql`TRUE`;
  if (typeof scope === "string") return Prisma.sql`c."villageCode" = ${scope}`;
  if (typeof scope === "object" && "startsWith" in scope && typeof scope.startsWith === "string") {
    return Prisma.sql`c."villageCode" LIKE ${`${escapeLike(scope.startsWith)}%`}`;
  }
  return Prisma.sql`FALSE`;
}

const OPEN = Prisma.sql`c."status" = ANY(${[...OPEN_STATUSES]}::"CaseStatus"[])`;
const overdueAt = (at: Date) => Prisma.sql`(${OPEN} AND c."dueAt" < ${at}::timestamptz)`;

/** Scope + filters + search as one SQL condition on "Case" c; `at` is the moment "overdue" is measured against. */
export function casesWhereSql(actor: Actor, query: ListCasesQuery, at: Date): Prisma.Sql {
  const parts: Prisma.Sql[] = [caseScopeSql(actor)];
  if (query.status) parts.push(Prisma.sql`c."status" = ANY(${query.status}::"CaseStatus"[])`);
  if (query.category) parts.push(Prisma.sql`c."category" = CAST(${query.category} AS "CaseCategory")`);
  if (query.country) parts.push(Prisma.sql`c."countryCode" = ${query.country}`);
  if (query.village) parts.push(Prisma.sql`c."villageCode" = ${query.village}`);
  if (query.handler === "unassigned") parts.push(Prisma.sql`c."handlerId" IS NULL`);
  else if (query.handler) parts.push(Prisma.sql`c."handlerId" = ${query.handler === "me" ? actor.id : query.handler}::uuid`);
  if (query.overdue) parts.push(overdueAt(at));
  const search = caseSearch(query.q);
  // A case number is unique (its own index); a name is matched anywhere in it, which is a
  // scan of the scope's cases: thousands of rows, not millions.
  if (search && "number" in search) parts.push(Prisma.sql`c."number" = ${search.number}`);
  else if (search) parts.push(Prisma.sql`c."workerName" ILIKE ${`%${escapeLike(search.name)}%`}`);
  return Prisma.join(parts, " AND ");
}

const URGENT_RANK = Prisma.sql`(CASE WHEN c."urgent" THEN 0 ELSE 1 END)`;
const overdueRank = (at: Date) => Prisma.sql`(CASE WHEN ${overdueAt(at)} THEN 0 ELSE 1 END)`;
const DUE = Prisma.sql`COALESCE(c."dueAt", 'infinity'::timestamptz)`;

/** The sort's key as SQL, ascending in every part except "newest" (all descending). */
function sortKeySql(sort: CaseSort, at: Date): Prisma.Sql {
  switch (sort) {
    case "priority":
      return Prisma.sql`${URGENT_RANK}, ${overdueRank(at)}, c."reportedAt", c."id"`;
    case "newest":
      return Prisma.sql`c."reportedAt", c."id"`;
    case "due":
      return Prisma.sql`${DUE}, c."id"`;
    case "overdue":
      return Prisma.sql`${URGENT_RANK}, ${DUE}, c."id"`;
  }
}

function cursorKeySql(sort: CaseSort, c: CaseCursor): Prisma.Sql {
  const [a, b, d] = c.key;
  switch (sort) {
    case "priority":
      return Prisma.sql`${Number(a)}::int, ${Number(b)}::int, ${d}::timestamptz, ${c.id}::uuid`;
    case "newest":
      return Prisma.sql`${a}::timestamptz, ${c.id}::uuid`;
    case "due":
      return Prisma.sql`${a}::timestamptz, ${c.id}::uuid`;
    case "overdue":
      return Prisma.sql`${Number(a)}::int, ${b}::timestamptz, ${c.id}::uuid`;
  }
}

function orderSql(sort: CaseSort, at: Date): Prisma.Sql {
  if (sort === "newest") return Prisma.sql`c."reportedAt" DESC, c."id" DESC`;
  return sortKeySql(sort, at);
}

/** The row that comes after the cursor, as a row comparison on the sort key. */
function afterSql(sort: CaseSort, cursor: CaseCursor, at: Date): Prisma.Sql {
  const op = sort === "newest" ? Prisma.sql`<` : Prisma.sql`>`;
  return Prisma.sql`(${sortKeySql(sort, at)}) ${op} (${cursorKeySql(sort, cursor)})`;
}

export type CaseRowRaw = {
  id: string;
  number: string;
  workerName: string;
  villageCode: string;
  villageName: string | null;
  category: string;
  countryCode: string | null;
  countryNameId: string | null;
  countryNameEn: string | null;
  urgent: boolean;
  status: CaseStatus;
  dueAt: Date | null;
  handlerId: string | null;
  handlerName: string | null;
  reportedAt: Date;
};

/** One page (limit rows) after the cursor, in the sort's order. */
export function casePageSql(where: Prisma.Sql, sort: CaseSort, cursor: CaseCursor | null, at: Date, limit: number): Prisma.Sql {
  const keyed = cursor ? Prisma.sql`${where} AND ${afterSql(sort, cursor, at)}` : where;
  return Prisma.sql`
    SELECT c."id"::text AS "id", c."number", c."workerName", c."villageCode", r."name" AS "villageName",
      c."category"::text AS "category", c."countryCode", co."nameId" AS "countryNameId", co."nameEn" AS "countryNameEn",
      c."urgent", c."status"::text AS "status", c."dueAt", c."handlerId"::text AS "handlerId", u."name" AS "handlerName", c."reportedAt"
    FROM "Case" c
      LEFT JOIN "Region" r ON r."code" = c."villageCode"
      LEFT JOIN "Country" co ON co."code" = c."countryCode"
      LEFT JOIN "User" u ON u."id" = c."handlerId"
    WHERE ${keyed}
    ORDER BY ${orderSql(sort, at)}
    LIMIT ${limit}`;
}

/** count(*) of the matches, stopping after CASE_COUNT_CAP + 1 rows. */
export function cappedCaseCountSql(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS total FROM (SELECT 1 FROM "Case" c WHERE ${where} LIMIT ${CASE_COUNT_CAP + 1}) n`;
}

/** Open and past its due time at `at` (the same rule as the SQL above). */
export function isOverdueAt(row: Pick<CaseRowRaw, "status" | "dueAt">, at: Date): boolean {
  return isOpen(row.status) && row.dueAt !== null && row.dueAt.getTime() < at.getTime();
}

/** The cursor key of a row, computed the way sortKeySql computes it in SQL. */
export function cursorKeyOf(sort: CaseSort, row: CaseRowRaw, at: Date): string[] {
  const urgent = row.urgent ? "0" : "1";
  const due = row.dueAt ? row.dueAt.toISOString() : "infinity";
  switch (sort) {
    case "priority":
      return [urgent, isOverdueAt(row, at) ? "0" : "1", row.reportedAt.toISOString()];
    case "newest":
      return [row.reportedAt.toISOString()];
    case "due":
      return [due];
    case "overdue":
      return [urgent, due];
  }
}
