import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import { decodeCaseCursor, encodeCaseCursor, type CaseCursor } from "./case-cursor";
import { cappedCaseCountSql, CASE_COUNT_CAP, casePageSql, casesWhereSql, cursorKeyOf, isOverdueAt, type CaseRowRaw } from "./cases-sql";
import type { CaseSort, ListCasesQuery } from "./list-cases-query";

export const CASES_PAGE_SIZE = 25;
const DAY_MS = 24 * 60 * 60 * 1000;

export type CaseRow = CaseRowRaw & {
  /** Open and past its due time (at the moment the list was read). */
  overdue: boolean;
  /** Whole days since it was reported. */
  ageDays: number;
};

export function toCaseRow(r: CaseRowRaw, at: Date): CaseRow {
  return { ...r, overdue: isOverdueAt(r, at), ageDays: Math.max(0, Math.floor((at.getTime() - r.reportedAt.getTime()) / DAY_MS)) };
}

/**
 * Rows after `cursor` (limit + 1 read, to know whether there are more), for the list and for
 * the export's batches. Not permission-checked: its callers are.
 */
export async function readCasePage(actor: Actor, query: ListCasesQuery, cursor: CaseCursor | null, at: Date, limit: number) {
  const found = await db.$queryRaw<CaseRowRaw[]>(casePageSql(casesWhereSql(actor, query, at), query.sort, cursor, at, limit + 1));
  const page = found.slice(0, limit);
  const last = page[page.length - 1];
  const next: CaseCursor | null = found.length > limit && last ? { sort: query.sort, at, key: cursorKeyOf(query.sort, last, at), id: last.id } : null;
  return { rows: page.map((r) => toCaseRow(r, at)), next };
}

/**
 * Cases in the actor's villages (their village, or their region's for BP3MI staff) matching
 * the filters, 25 at a time, in the asked order (default "priority": urgent first, then
 * overdue, then the oldest report), with the total (exact up to CASE_COUNT_CAP). Every page
 * is read against the moment of the first (the cursor carries it), so paging neither
 * repeats nor skips a case that falls overdue meanwhile.
 */
export async function listCases(actor: Actor, query: ListCasesQuery, opts: { pageSize?: number; now?: Date } = {}) {
  assertCan(actor, "case:read");
  const pageSize = opts.pageSize ?? CASES_PAGE_SIZE;
  const cursor = decodeCaseCursor(query.cursor, query.sort);
  const at = cursor?.at ?? opts.now ?? new Date();
  const [{ rows, next }, counted] = await Promise.all([
    readCasePage(actor, query, cursor, at, pageSize),
    db.$queryRaw<{ total: number }[]>(cappedCaseCountSql(casesWhereSql(actor, query, at))),
  ]);
  const total = counted[0]?.total ?? 0;
  return {
    rows,
    total: Math.min(total, CASE_COUNT_CAP),
    /** More than CASE_COUNT_CAP match: show "10.000+". */
    totalCapped: total > CASE_COUNT_CAP,
    nextCursor: next ? encodeCaseCursor(next) : null,
    /** The moment "overdue" and the ages are measured against. */
    at,
  };
}

export type CaseListResult = Awaited<ReturnType<typeof listCases>>;
export type { CaseSort };
