import "server-only";
import pg from "pg";
import type { Prisma } from "./generated/client";
import { pool } from "./client";

// Direct reads for the pages a million-person registry keeps busy (the person page, the people
// list, the session check on every staff page): the SQL goes straight to node-postgres on the
// pool Prisma uses, skipping Prisma's query engine, which costs several times the SQL itself
// in CPU on this project's machines (docs/decisions/027-direct-reads-on-hot-pages.md).
// Writes, transactions and everything else stay with Prisma.
//
// What comes back, and how it differs from Prisma's $queryRaw: timestamptz as Date, date as a
// Date at 00:00 UTC (as Prisma reads @db.Date), enums and uuids as strings, json as values,
// arrays as arrays; bigint and numeric as strings, so counts are cast (::int) in the SQL.

const DATE_OID = 1082;
const parseDate = (value: string) => new Date(`${value}T00:00:00.000Z`);
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === DATE_OID && format !== "binary" ? parseDate : pg.types.getTypeParser(oid, format as "text")) as pg.CustomTypesConfig["getTypeParser"],
};

/** FNV-1a of the statement text: a stable name for a prepared statement. */
function statementName(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `lontar_${(h >>> 0).toString(36)}_${text.length}`;
}

export type ReadOptions = {
  /**
   * Prepare the statement once per connection and reuse it: only for statements of a fixed
   * shape (the same text on every call, whatever the values), since PostgreSQL keeps each
   * one for the connection's life, and only where a generic plan is as good as a custom one
   * (equality look-ups by id; not a LIKE or similarity search on the value).
   */
  prepare?: boolean;
};

/** The rows of one SELECT built with Prisma.sql (values are always parameters, never text). */
export async function readRows<T>(query: Prisma.Sql, opts: ReadOptions = {}): Promise<T[]> {
  const text = query.text;
  const result = await pool.query<T & pg.QueryResultRow>({
    text,
    values: query.values as unknown[],
    types,
    ...(opts.prepare ? { name: statementName(text) } : {}),
  });
  return result.rows;
}

/** The first row of a SELECT, or null. */
export async function readRow<T>(query: Prisma.Sql, opts: ReadOptions = {}): Promise<T | null> {
  return (await readRows<T>(query, opts))[0] ?? null;
}
