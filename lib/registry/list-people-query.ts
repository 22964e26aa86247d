import { z } from "zod";
import { queryText } from "@/lib/validation/fields";

// The people list's GET parameters (also the export's: /registry/export takes the same).
// A value that does not parse is ignored, since these come from a link anyone can edit.
export const PLACEMENT_STATUSES = ["PROSPECTIVE", "VERIFIED", "DEPARTED", "RETURNED", "CANCELLED"] as const;
export const SECTORS = ["FORMAL", "INFORMAL", "MARITIME"] as const;
export const PEOPLE_SORTS = ["name", "newest"] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];


export const listPeopleQuerySchema = z.object({
  q: queryText(100),
  status: z.enum(PLACEMENT_STATUSES).optional().catch(undefined),
  destination: z.string().regex(/^[A-Z]{2}$/).optional().catch(undefined),
  sector: z.enum(SECTORS).optional().catch(undefined),
  dusun: queryText(60),
  recruiter: queryText(100),
  checklist: z.enum(["yes", "no"]).optional().catch(undefined),
  /** "1": within a village, search by similarity (pg_trgm) instead of the spelling key. */
  similar: z.enum(["1"]).optional().catch(undefined),
  sort: z.enum(PEOPLE_SORTS).default("name").catch("name"),
  cursor: z.string().max(500).optional().catch(undefined),
});
export type ListPeopleQuery = z.output<typeof listPeopleQuerySchema>;

/** Parses Next's searchParams (a repeated parameter counts once). */
export function parseListPeopleQuery(raw: Record<string, string | string[] | undefined>): ListPeopleQuery {
  return listPeopleQuerySchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
}

/** The query as URL parameters, without the cursor: for the pager, the sort links and the export. */
export function listPeopleParams(query: ListPeopleQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["q", "status", "destination", "sector", "dusun", "recruiter", "checklist", "similar"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  if (query.sort !== "name") params.set("sort", query.sort);
  return params;
}

/** What kind of search `q` asks for: 16 digits are a NIK or a Nomor KK, anything else a name. */
export function searchKind(q: string | undefined): "none" | "number" | "name" {
  if (!q) return "none";
  return /^\d{16}$/.test(q.replace(/[\s.-]/g, "")) ? "number" : "name";
}
