import { z } from "zod";
import { parseDateInput } from "@/lib/placements/dates";
import { checkbox, oneOf, optionalText, queryText, text } from "@/lib/validation/fields";
import { formatQuarter, parseQuarter } from "./quarter";

// What the session forms send. Messages are keys of common.errors or "perdes:key" for
// perdes.errors.key; a date in the future and a person of another village are the data
// functions' to refuse.

export const SESSION_TOPICS = ["SAFE_MIGRATION", "TPPO", "FINANCIAL_LITERACY", "PERDES", "OTHER"] as const;
export type SessionTopic = (typeof SESSION_TOPICS)[number];

export const MAX_OTHER_ATTENDEES = 10_000;

const blank = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);
const version = z.coerce.number("invalidNumber").int("invalidNumber").min(0, "invalidNumber");
const confirmed = checkbox().refine((v) => v === true, "required");
const dateError = { error: (issue: { input?: unknown }) => (issue.input === undefined ? "required" : "invalidDate") };

/** <input type="date">, required (a Date stays as it is, so parsed values parse again). */
const heldOn = z.preprocess((v) => {
  const value = blank(v);
  return typeof value === "string" ? (parseDateInput(value.trim()) ?? value) : value;
}, z.date(dateError));

export const sessionFields = {
  heldOn,
  topic: oneOf(SESSION_TOPICS),
  title: text(200),
  place: optionalText(200),
  facilitator: optionalText(200),
  /** People present who are not in the registry; empty means none. */
  otherAttendees: z.preprocess(
    (v) => blank(v) ?? 0,
    z.coerce.number("invalidNumber").int("invalidNumber").min(0, "notNegative").max(MAX_OTHER_ATTENDEES, "invalidNumber"),
  ),
  notes: optionalText(2000),
};

export const createSessionSchema = z.object(sessionFields);
export type CreateSessionInput = z.output<typeof createSessionSchema>;

export const updateSessionSchema = z.object({ id: z.uuid("invalidFormat"), version, ...sessionFields });
export type UpdateSessionInput = z.output<typeof updateSessionSchema>;

export const deleteSessionSchema = z.object({ id: z.uuid("invalidFormat"), version, confirm: confirmed });

export const addAttendeeSchema = z.object({ sessionId: z.uuid("invalidFormat"), personId: z.uuid("invalidFormat") });
export const removeAttendeeSchema = z.object({ sessionId: z.uuid("invalidFormat"), personId: z.uuid("invalidFormat"), confirm: confirmed });

// The list's GET parameters: a value that does not parse is ignored.
export const listSessionsQuerySchema = z.object({
  village: queryText(20),
  quarter: z
    .string()
    .optional()
    .catch(undefined)
    .transform((s) => {
      const q = parseQuarter(s);
      return q ? formatQuarter(q) : undefined;
    }),
  topic: z.enum(SESSION_TOPICS).optional().catch(undefined),
});
export type ListSessionsQuery = z.output<typeof listSessionsQuerySchema>;

export function parseListSessionsQuery(raw: Record<string, string | string[] | undefined>): ListSessionsQuery {
  return listSessionsQuerySchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
}
