import { z } from "zod";
import { optionalDate } from "@/lib/placements/schemas";
import { checkbox, oneOf, optionalText, text } from "@/lib/validation/fields";
import { CASE_CATEGORIES } from "./categories";
import { CASE_STATUSES, CLOSE_REASONS } from "./workflow";

// What the case forms send. Messages are keys of common.errors, or "cases:key" for
// cases.errors.key; rules that look at the database are the data functions'.

const blank = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);
const optionalId = z.preprocess(blank, z.uuid("invalidFormat").optional()).transform((v) => v ?? null);
const version = z.coerce.number("invalidNumber").int("invalidNumber").min(0, "invalidNumber");
const phone = z.preprocess(
  blank,
  z.string().trim().max(30, "tooLong").regex(/^\+?[0-9 ()-]{6,30}$/, "invalidFormat").optional().transform((s) => s ?? null),
);

export const URGENCY_CHOICES = ["auto", "urgent", "normal"] as const;

/** The intake fields an organizer can also correct later ("add information"). */
export const caseInfoFields = {
  workerName: optionalText(200),
  workerDescription: optionalText(1000),
  reporterName: text(200),
  reporterRelation: optionalText(100),
  reporterPhone: phone,
  reporterAddress: optionalText(300),
  category: oneOf(CASE_CATEGORIES),
  countryCode: z.preprocess(blank, z.string().regex(/^[A-Z]{2}$/, "invalidChoice").optional()).transform((v) => v ?? null),
  whatHappened: text(5000),
  happenedOn: optionalDate(),
};

export const reportCaseSchema = z.object({
  personId: optionalId,
  placementId: optionalId,
  reportId: optionalId,
  ...caseInfoFields,
  urgency: z.preprocess((v) => (v === undefined || v === "" ? "auto" : v), oneOf(URGENCY_CHOICES)),
});
export type ReportCaseInput = z.output<typeof reportCaseSchema>;

export const updateCaseInfoSchema = z.object({
  id: z.uuid("invalidFormat"),
  version,
  ...caseInfoFields,
  urgent: checkbox(),
});

/** The steps taken from the case page; referring has its own form (lib/cases/referrals). */
export const caseStepSchema = z.object({
  id: z.uuid("invalidFormat"),
  version,
  step: oneOf(["verify", "mediate", "resolve", "close", "reopen"] as const),
  closeReason: z.preprocess(blank, oneOf(CLOSE_REASONS).optional()).transform((v) => v ?? null),
  reason: optionalText(2000),
  shareable: checkbox(),
});

export const assignHandlerSchema = z.object({
  id: z.uuid("invalidFormat"),
  version,
  handlerId: optionalId,
});

export const addCaseNoteSchema = z.object({
  id: z.uuid("invalidFormat"),
  text: text(5000),
  shareable: checkbox(),
});

const hours = z.coerce.number("invalidNumber").int("invalidNumber").min(1, "invalidNumber").max(24 * 90, "invalidNumber");
const days = z.coerce.number("invalidNumber").int("invalidNumber").min(1, "invalidNumber").max(250, "invalidNumber");

export const updateDeadlinesSchema = z.object(
  Object.fromEntries(
    (["REPORTED", "VERIFIED", "IN_MEDIATION", "REFERRED"] as const).flatMap((s) => [
      [`${s}.workingDays`, days],
      [`${s}.urgentHours`, hours],
    ]),
  ) as Record<string, typeof days>,
);

export { CASE_STATUSES };
