import { z } from "zod";
import { ROLES, VILLAGE_ROLES, type Role } from "@/lib/authz/roles";
import { checkbox, email, oneOf, text } from "@/lib/validation/fields";

// Who a user is and where they work. A village role (organizer, village official) works in
// exactly one village; BP3MI staff oversee a province or a kabupaten/kota; an admin has
// neither. The form shows every field, so a value that does not apply to the chosen role is
// dropped rather than refused.

export const VILLAGE_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;
/** A province (36) or a kabupaten/kota (36.04): the levels BP3MI staff are assigned to. */
export const REGION_CODE = /^\d{2}(\.\d{2})?$/;

const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : typeof v === "string" ? v.trim() : v);

const villageCode = z.preprocess(emptyToNull, z.string().regex(VILLAGE_CODE, "invalidFormat").nullable().optional());
const regionCode = z.preprocess(emptyToNull, z.string().regex(REGION_CODE, "invalidFormat").nullable().optional());

const userFields = {
  email: email(),
  name: text(100),
  role: oneOf(ROLES),
  villageCode,
  regionCode,
};

type UserFields = { email: string; name: string; role: Role; villageCode?: string | null; regionCode?: string | null };

function requirePlace(v: UserFields, ctx: z.RefinementCtx) {
  if (VILLAGE_ROLES.includes(v.role) && !v.villageCode) {
    ctx.addIssue({ code: "custom", path: ["villageCode"], message: "villageRequired" });
  }
  if (v.role === "BP3MI_STAFF" && !v.regionCode) {
    ctx.addIssue({ code: "custom", path: ["regionCode"], message: "regionRequired" });
  }
}

function normalisePlace<T extends UserFields>(v: T) {
  return {
    ...v,
    villageCode: VILLAGE_ROLES.includes(v.role) ? (v.villageCode ?? null) : null,
    regionCode: v.role === "BP3MI_STAFF" ? (v.regionCode ?? null) : null,
  };
}

export const createUserSchema = z.object(userFields).superRefine(requirePlace).transform(normalisePlace);

export const updateUserSchema = z
  .object({ id: z.uuid("invalidFormat"), ...userFields })
  .superRefine(requirePlace)
  .transform(normalisePlace);

export type CreateUserInput = z.output<typeof createUserSchema>;
export type UpdateUserInput = z.output<typeof updateUserSchema>;

/** Destructive steps need the "I am sure" box ticked: a confirmation that works without JavaScript. */
const confirmed = checkbox().refine((v) => v === true, "required");

export const setUserDisabledSchema = z.object({
  id: z.uuid("invalidFormat"),
  disabled: z.enum(["true", "false"], "invalidChoice").transform((v) => v === "true"),
  confirm: confirmed,
});
export type SetUserDisabledInput = z.output<typeof setUserDisabledSchema>;

export const resetUserPasswordSchema = z.object({
  id: z.uuid("invalidFormat"),
  confirm: confirmed,
});
export type ResetUserPasswordInput = z.output<typeof resetUserPasswordSchema>;

// The list's GET parameters. A value that does not parse is ignored (the list falls back to
// its default), since these come from a link anyone can edit.
export const USER_SORTS = ["name", "created"] as const;
export type UserSort = (typeof USER_SORTS)[number];

export const listUsersQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined).transform((s) => s || undefined).optional(),
  role: z.enum(ROLES).optional().catch(undefined),
  village: z.string().regex(VILLAGE_CODE).optional().catch(undefined),
  sort: z.enum(USER_SORTS).default("name").catch("name"),
  cursor: z.string().max(500).optional().catch(undefined),
});
export type ListUsersQuery = z.output<typeof listUsersQuerySchema>;
