import "server-only";
import { db } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan, type Actor } from "@/lib/authz";
import type { CaseCursor } from "./case-cursor";
import { listCasesParams, type ListCasesQuery } from "./list-cases-query";
import { readCasePage, type CaseRow } from "./list-cases";

/** A download holds at most this many cases; a bigger list asks for narrower filters. */
export const CASES_EXPORT_LIMIT = 10_000;
const BATCH = 1_000;

/**
 * The case list as it is filtered and sorted on screen (same scope, filters, search and
 * order), read in keyset batches. The rows are the list's columns only: no reporter details
 * (name, phone, address) and no account of what happened, which a spreadsheet passed around
 * does not need (UU PDP: data minimisation). Taking the copy out is recorded in the audit log.
 */
export async function exportCases(
  actor: Actor,
  query: ListCasesQuery,
  meta: { ip?: string | null; format: "csv" | "xlsx"; now?: Date },
): Promise<{ rows: CaseRow[]; truncated: boolean; at: Date }> {
  assertCan(actor, "case:export");
  const at = meta.now ?? new Date();
  const rows: CaseRow[] = [];
  let cursor: CaseCursor | null = null;
  let truncated = false;
  for (;;) {
    const page: Awaited<ReturnType<typeof readCasePage>> = await readCasePage(actor, query, cursor, at, BATCH);
    rows.push(...page.rows);
    if (rows.length > CASES_EXPORT_LIMIT) {
      truncated = true;
      rows.length = CASES_EXPORT_LIMIT;
      break;
    }
    if (!page.next) break;
    if (rows.length === CASES_EXPORT_LIMIT) {
      truncated = true;
      break;
    }
    cursor = page.next;
  }
  await writeAudit(db, {
    actor,
    action: "case.export",
    entity: "Case",
    villageCode: actor.villageCode,
    after: { filters: Object.fromEntries(exportFilters(query)), format: meta.format, rows: rows.length, truncated },
    ip: meta.ip,
  });
  return { rows, truncated, at };
}

/** The filters as a plain record for the audit entry; a repeated status is kept as a list. */
function exportFilters(query: ListCasesQuery): [string, string | string[]][] {
  const params = listCasesParams(query);
  return [...new Set(params.keys())].map((k) => {
    const all = params.getAll(k);
    return [k, all.length > 1 ? all : all[0]!];
  });
}
