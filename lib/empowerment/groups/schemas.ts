import { z } from "zod";
import { oneOf, optionalText, queryText, text } from "@/lib/validation/fields";
import { optionalDay, versionField } from "../dates";

// What the group and cooperative forms send. Messages are keys of common.errors or
// "groups:key" (groups.errors.key); a duplicate name, an inactive kind, a day in the future
// and another village's cooperative are the data functions' to refuse.

export const GROUP_STATUSES = ["ACTIVE", "INACTIVE", "DISSOLVED"] as const;
export type GroupStatusValue = (typeof GROUP_STATUSES)[number];

const blank = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);

export const groupFields = {
  name: text(120),
  kindCode: z.string("required").trim().min(1, "required").max(40, "tooLong"),
  foundedOn: optionalDay(),
  status: oneOf(GROUP_STATUSES).default("ACTIVE"),
  cooperativeId: z.preprocess(blank, z.uuid("invalidChoice").optional()).transform((v) => v ?? null),
  description: optionalText(2000),
};

export const createGroupSchema = z.object(groupFields);
export type CreateGroupInput = z.output<typeof createGroupSchema>;

export const updateGroupSchema = z.object({ id: z.uuid("invalidFormat"), version: versionField, ...groupFields });
export type UpdateGroupInput = z.output<typeof updateGroupSchema>;

export const createCooperativeSchema = z.object({
  name: text(120),
  registrationNumber: optionalText(60),
  foundedOn: optionalDay(),
});
export type CreateCooperativeInput = z.output<typeof createCooperativeSchema>;

// The list's GET parameters: a value that does not parse is ignored.
export const listGroupsQuerySchema = z.object({
  q: queryText(100),
  kind: queryText(40),
  status: z.enum(GROUP_STATUSES).optional().catch(undefined),
  village: queryText(20),
  cursor: queryText(300),
});
export type ListGroupsQuery = z.output<typeof listGroupsQuerySchema>;

export function parseListGroupsQuery(raw: Record<string, string | string[] | undefined>): ListGroupsQuery {
  return listGroupsQuerySchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
}
