import { z } from "zod";
import { oneOf, optionalText } from "@/lib/validation/fields";
import { id, optionalDate, requiredDate, version } from "@/lib/cases/form-fields";
import { FieldError } from "@/lib/validation/errors";
import { agencyNeedsCountry, agencyNeedsName, REFERRAL_AGENCIES } from "./agencies";

// What the referral forms send. Rules that need today's date or compare dates are in
// referralDateProblem below, which the data functions call.

const countryCode = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? null : typeof v === "string" ? v.trim() : v),
  z.string().regex(/^[A-Z]{2}$/, "invalidChoice").nullable().optional().transform((s) => s ?? null),
);

export const createReferralSchema = z
  .object({
    caseId: id,
    /** The case's version: the referral is a workflow step (lib/cases/take-step.ts). */
    version,
    agency: oneOf(REFERRAL_AGENCIES),
    countryCode,
    agencyName: optionalText(200),
    sentOn: requiredDate(),
    acknowledgedOn: optionalDate(),
    dueOn: optionalDate(),
    outcome: optionalText(2000),
  })
  .superRefine((v, ctx) => {
    if (agencyNeedsCountry(v.agency) && !v.countryCode) ctx.addIssue({ code: "custom", path: ["countryCode"], message: "caseMoney:countryRequired" });
    if (agencyNeedsName(v.agency) && !v.agencyName) ctx.addIssue({ code: "custom", path: ["agencyName"], message: "caseMoney:agencyNameRequired" });
  })
  // A country only means something for an embassy or consulate.
  .transform((v) => ({ ...v, countryCode: agencyNeedsCountry(v.agency) ? v.countryCode : null }));
export type CreateReferralInput = z.output<typeof createReferralSchema>;

export const updateReferralSchema = z.object({
  id,
  /** The referral's own version. */
  version,
  acknowledgedOn: optionalDate(),
  dueOn: optionalDate(),
  outcome: optionalText(2000),
});
export type UpdateReferralInput = z.output<typeof updateReferralSchema>;

/**
 * The first problem with a referral's dates, or null. `today` is the WIB day: a referral
 * cannot have been sent, nor acknowledged, after today; the answer cannot come, nor be
 * due, before the referral was sent.
 */
export function referralDateProblem(dates: { sentOn: Date; acknowledgedOn: Date | null; dueOn: Date | null }, today: Date): FieldError | null {
  if (dates.sentOn > today) return new FieldError("sentOn", "caseMoney:sentInFuture");
  if (dates.acknowledgedOn && dates.acknowledgedOn < dates.sentOn) return new FieldError("acknowledgedOn", "caseMoney:acknowledgedBeforeSent");
  if (dates.acknowledgedOn && dates.acknowledgedOn > today) return new FieldError("acknowledgedOn", "caseMoney:acknowledgedInFuture");
  if (dates.dueOn && dates.dueOn < dates.sentOn) return new FieldError("dueOn", "caseMoney:dueBeforeSent");
  return null;
}
