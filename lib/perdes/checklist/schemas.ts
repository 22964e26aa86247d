import { z } from "zod";
import { UUID } from "@/lib/users/uuid";
import { checkbox, oneOf, optionalText, text } from "@/lib/validation/fields";
import { CONSENTER_RELATIONS, DEPARTURE_CHECK_STATUSES } from "./rules";

// What the checklist forms send. Messages are keys of common.errors; rules that need the
// database (an article of another village, a mandatory item marked not applicable) are the
// data functions', which refuse with keys of verification.errors.

const id = z.string("required").trim().regex(UUID, "invalidChoice");
const optionalId = z.preprocess((v) => (v === "" || v === null ? undefined : v), id.optional()).transform((v) => v ?? null);
const version = z.coerce.number("invalidNumber").int("invalidNumber").min(0, "invalidNumber");
const sortOrder = z.coerce.number("invalidNumber").int("invalidNumber").min(0, "invalidNumber").max(100_000, "invalidNumber");

const itemFields = {
  label: text(300),
  legalBasis: optionalText(300),
  /** An article of one of the village's own regulations, or none. */
  articleId: optionalId,
  mandatory: checkbox(),
  sortOrder,
};

export const updateChecklistItemSchema = z.object({ id, version, ...itemFields, active: checkbox() });
export const addChecklistItemSchema = z.object({
  ...itemFields,
  /** Blank: after the last item. */
  sortOrder: z.preprocess((v) => (v === "" || v === null ? undefined : v), sortOrder.optional()).transform((v) => v ?? null),
});

export const startDepartureChecksSchema = z.object({ placementId: id });

export const updateDepartureCheckSchema = z.object({
  id,
  version,
  status: oneOf(DEPARTURE_CHECK_STATUSES),
  evidenceNote: optionalText(1000),
  /** RECRUITER_CHECK: the registry entry checked. */
  recruiterId: optionalId,
  /** FAMILY_CONSENT: who signed the permission. */
  consenterName: optionalText(200),
  consenterRelation: z.preprocess((v) => (v === "" || v === null ? undefined : v), oneOf(CONSENTER_RELATIONS).optional()).transform((v) => v ?? null),
});

export type UpdateChecklistItemInput = z.input<typeof updateChecklistItemSchema>;
export type AddChecklistItemInput = z.input<typeof addChecklistItemSchema>;
export type UpdateDepartureCheckInput = z.input<typeof updateDepartureCheckSchema>;
