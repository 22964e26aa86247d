// The raw-SQL baseline statement: the people list's name search for one role, built from the
// list's own SQL (lib/registry/people-sql.ts: the WHERE, the search statement of the role's
// search mode and the capped count), so that the baseline follows the list when it changes.

import { Prisma } from "../../lib/db/generated/client";
import type { Actor } from "../../lib/authz/roles";
import { PEOPLE_PAGE_SIZE } from "../../lib/registry/list-people";
import { parseListPeopleQuery } from "../../lib/registry/list-people-query";
import { cappedCountSql, keySearchPageSql, peopleWhereSql } from "../../lib/registry/people-sql";
import type { SqlStatement } from "./sql-load";

export function rawNameSearch(actor: Actor, q: string): SqlStatement {
  // The first search of every role is by spelling key (a village falls back to similarity
  // only when that finds nobody, which the benchmark's query does not). The list runs its
  // page and its count side by side; one statement does both here.
  const where = peopleWhereSql(actor, parseListPeopleQuery({ q }), "key");
  const statement = Prisma.sql`SELECT c.total, r.* FROM (${cappedCountSql(where)}) c LEFT JOIN LATERAL (${keySearchPageSql(where, null, PEOPLE_PAGE_SIZE + 1)}) r ON TRUE`;
  return { setup: [], text: statement.text, values: statement.values };
}
