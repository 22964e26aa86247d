import { z } from "zod";

// The audit browser's GET parameters (also used by the CSV export, which takes the same
// link). A value that does not parse is ignored rather than refused: these come from a URL.
const optional = (max: number) =>
  z.string().trim().max(max).optional().catch(undefined).transform((s) => s || undefined).optional();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined);

export const auditQuerySchema = z.object({
  action: optional(100),
  entity: optional(100),
  entityId: optional(100),
  actor: optional(254),
  from: day,
  to: day,
  cursor: z.string().max(100).optional().catch(undefined),
});
export type AuditQuery = z.output<typeof auditQuerySchema>;

/** The filters of a query as URL parameters (no cursor): for "next page" and export links. */
export function auditQueryParams(query: AuditQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["action", "entity", "entityId", "actor", "from", "to"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  return params;
}
