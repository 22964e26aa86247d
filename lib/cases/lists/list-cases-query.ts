import { z } from "zod";
import { queryText } from "@/lib/validation/fields";
import { CASE_CATEGORIES } from "@/lib/cases/categories";
import { CASE_STATUSES, OPEN_STATUSES, type CaseStatus } from "@/lib/cases/workflow";

// The case list's GET parameters (also the export's: /cases/export takes the same). A value
// that does not parse is ignored, since these come from a link anyone can edit.
//
// `status` may be repeated (?status=REPORTED&status=VERIFIED), or "open" (the default: the
// statuses in which a step is due) or "all".

export const CASE_SORTS = ["priority", "newest", "due", "overdue"] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** KSS-2026-000123 (lib/cases/codes.ts formatCaseNumber). */
export const CASE_NUMBER = /^KSS-\d{4}-\d{6}$/;


/** "open", "all", or the statuses asked for; anything else counts as the default. */
const statusParam = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .catch(undefined)
  .transform((raw): CaseStatus[] | null => {
    const values = (Array.isArray(raw) ? raw : raw ? [raw] : []).flatMap((v) => v.split(","));
    if (values.includes("all")) return null;
    const picked = CASE_STATUSES.filter((s) => values.includes(s));
    if (picked.length === CASE_STATUSES.length) return null;
    return picked.length ? picked : [...OPEN_STATUSES];
  });

export const listCasesQuerySchema = z.object({
  q: queryText(100),
  /** null: every status. */
  status: statusParam,
  category: z.enum(CASE_CATEGORIES).optional().catch(undefined),
  country: z.string().regex(/^[A-Z]{2}$/).optional().catch(undefined),
  village: z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/).optional().catch(undefined),
  /** A user id, "me" or "unassigned". */
  handler: z
    .string()
    .refine((v) => v === "me" || v === "unassigned" || UUID.test(v))
    .optional()
    .catch(undefined),
  overdue: z.enum(["1"]).optional().catch(undefined),
  sort: z.enum(CASE_SORTS).default("priority").catch("priority"),
  cursor: z.string().max(500).optional().catch(undefined),
});
export type ListCasesQuery = z.output<typeof listCasesQuerySchema>;

/** Parses Next's searchParams (or a URL's): `status` may repeat, every other parameter counts once. */
export function parseListCasesQuery(raw: Record<string, string | string[] | undefined> | URLSearchParams): ListCasesQuery {
  const entries: [string, string | string[] | undefined][] =
    raw instanceof URLSearchParams ? [...new Set(raw.keys())].map((k) => [k, raw.getAll(k)]) : Object.entries(raw);
  const flat = Object.fromEntries(entries.map(([k, v]) => [k, k === "status" ? v : Array.isArray(v) ? v[0] : v]));
  return listCasesQuerySchema.parse(flat);
}

/** Whether the status filter is the default (the open statuses). */
export function isOpenStatusFilter(status: readonly CaseStatus[] | null): boolean {
  return status !== null && status.length === OPEN_STATUSES.length && OPEN_STATUSES.every((s) => status.includes(s));
}

/** The query as URL parameters, without the cursor: for the pager, the export and the links between lists. */
export function listCasesParams(query: ListCasesQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.status === null) params.set("status", "all");
  else if (!isOpenStatusFilter(query.status)) for (const s of query.status) params.append("status", s);
  for (const key of ["category", "country", "village", "handler", "overdue"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  if (query.sort !== "priority") params.set("sort", query.sort);
  return params;
}

/** What `q` searches: an exact case number, or a part of the worker's name. */
export function caseSearch(q: string | undefined): { number: string } | { name: string } | null {
  if (!q) return null;
  const upper = q.toUpperCase().replace(/\s+/g, "");
  return CASE_NUMBER.test(upper) ? { number: upper } : { name: q };
}
