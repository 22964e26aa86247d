import { z } from "zod";
import { checkbox, oneOf, optionalText } from "@/lib/validation/fields";
import { parseDateInput, parseWibDateTime } from "./dates";
import { REQUIREMENT_CODES, REQUIREMENT_STATUSES } from "./requirements";
import { PLACEMENT_STATUSES } from "./transitions";

// What the placement forms send. Messages are keys of common.errors; rules that compare two
// fields or look at the database (contract end before start, a date in the future) are the
// data functions', which refuse with keys of placements.refusals (see actions.ts).

export const PLACEMENT_CHANNELS = ["P3MI", "GOVERNMENT", "INDEPENDENT", "NON_PROCEDURAL"] as const;
export type PlacementChannel = (typeof PLACEMENT_CHANNELS)[number];
export const CONTACT_METHODS = ["PHONE", "WHATSAPP", "VIDEO_CALL", "FAMILY_VISIT", "OTHER"] as const;
export const WELLBEINGS = ["WELL", "CONCERN", "DISTRESS"] as const;

const blankToUndefined = (v: unknown) =>
  v === null || (typeof v === "string" && v.trim() === "") ? undefined : typeof v === "string" ? v.trim() : v;

/** A date input's text as a Date (a Date stays as it is, so parsed values parse again). */
function toDate(parse: (s: string) => Date | null) {
  return (v: unknown) => {
    const value = blankToUndefined(v);
    return typeof value === "string" ? (parse(value) ?? value) : value;
  };
}

const dateError = { error: (issue: { input?: unknown }) => (issue.input === undefined ? "required" : "invalidDate") };

/** <input type="date">: "" → null; otherwise a real day. */
export function optionalDate() {
  return z.preprocess(toDate(parseDateInput), z.date(dateError).optional()).transform((d) => d ?? null);
}

const phone = z.preprocess(
  blankToUndefined,
  z.string().max(30, "tooLong").regex(/^\+?[0-9 ()-]{6,30}$/, "invalidFormat").nullable().optional().transform((s) => s ?? null),
);

const code = (pattern: RegExp) => z.string("required").trim().min(1, "required").regex(pattern, "invalidChoice");

const version = z.coerce.number("invalidNumber").int("invalidNumber").min(0, "invalidNumber");

export const placementFields = {
  countryCode: code(/^[A-Z]{2}$/),
  jobCode: code(/^[A-Z_]{2,40}$/),
  employer: optionalText(200),
  /** Free text until the recruiter registry exists; a recruiterId will sit beside it. */
  recruiterName: optionalText(200),
  agentName: optionalText(100),
  agentPhone: phone,
  sip2miNumber: optionalText(100),
  channel: oneOf(PLACEMENT_CHANNELS),
  contractStart: optionalDate(),
  contractEnd: optionalDate(),
  departureDate: optionalDate(),
  returnDate: optionalDate(),
  contactAbroadName: optionalText(100),
  contactAbroadPhone: phone,
};

export const createPlacementSchema = z.object({ personId: z.uuid("invalidFormat"), ...placementFields });
export type CreatePlacementInput = z.output<typeof createPlacementSchema>;

export const updatePlacementSchema = z.object({ id: z.uuid("invalidFormat"), version, ...placementFields });
export type UpdatePlacementInput = z.output<typeof updatePlacementSchema>;

/** A status change; CANCELLED needs the "I am sure" box, leaving unverified its own box. */
export const changePlacementStatusSchema = z
  .object({
    id: z.uuid("invalidFormat"),
    version,
    to: oneOf(PLACEMENT_STATUSES),
    /** Asked for by the DEPARTED and RETURNED forms when the placement has no such date yet. */
    departureDate: optionalDate(),
    returnDate: optionalDate(),
    confirmUnverified: checkbox().optional().transform((v) => v === true),
    confirm: checkbox().optional().transform((v) => v === true),
  })
  .superRefine((v, ctx) => {
    if (v.to === "CANCELLED" && !v.confirm) ctx.addIssue({ code: "custom", path: ["confirm"], message: "required" });
  });
export type ChangePlacementStatusInput = z.output<typeof changePlacementStatusSchema>;

export const updateRequirementSchema = z.object({
  placementId: z.uuid("invalidFormat"),
  code: oneOf(REQUIREMENT_CODES),
  status: oneOf(REQUIREMENT_STATUSES),
  /** When it was submitted or verified; today when left empty. */
  date: optionalDate(),
  note: optionalText(500),
});
export type UpdateRequirementInput = z.output<typeof updateRequirementSchema>;

export const recordCheckInSchema = z.object({
  placementId: z.uuid("invalidFormat"),
  /** <input type="datetime-local">, in WIB. */
  contactedAt: z.preprocess(toDate(parseWibDateTime), z.date(dateError)),
  method: oneOf(CONTACT_METHODS),
  wellbeing: oneOf(WELLBEINGS),
  note: optionalText(1000),
});
export type RecordCheckInInput = z.output<typeof recordCheckInSchema>;

// The welfare list's GET parameters: a value that does not parse falls back to the default,
// a number out of range is brought into it.
export const WELFARE_DEFAULT_DAYS = 60;
export const WELFARE_MIN_DAYS = 7;
export const WELFARE_MAX_DAYS = 365;

export const welfareQuerySchema = z.object({
  days: z
    .preprocess(blankToUndefined, z.coerce.number().int().catch(WELFARE_DEFAULT_DAYS))
    .transform((n) => Math.min(WELFARE_MAX_DAYS, Math.max(WELFARE_MIN_DAYS, n))),
  cursor: z.string().max(500).optional().catch(undefined),
});
export type WelfareQuery = z.output<typeof welfareQuerySchema>;
