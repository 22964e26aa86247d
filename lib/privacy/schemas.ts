import { z } from "zod";
import { parseDateInput } from "@/lib/placements/dates";
import { checkbox, optionalText } from "@/lib/validation/fields";
import { CONSENT_SCOPES, scopeFieldName, type ConsentScope } from "./consent-scopes";

// What the consent forms send. Rules that need "today" or the stored record (no date in the
// future, at least one scope, withdrawal not before consent) are the data functions', which
// refuse with keys of privacy.consent.refusals (see actions.ts).

const requiredDate = z
  .string("required")
  .trim()
  .min(1, "required")
  .transform((s, ctx) => parseDateInput(s) ?? (ctx.addIssue({ code: "custom", message: "invalidDate" }), z.NEVER));

const scopeBoxes = Object.fromEntries(CONSENT_SCOPES.map((s) => [scopeFieldName(s), checkbox()])) as Record<string, ReturnType<typeof checkbox>>;

export const recordConsentSchema = z
  .object({
    personId: z.uuid("invalidFormat"),
    givenOn: requiredDate,
    note: optionalText(500),
    ...scopeBoxes,
  })
  .transform((v) => ({
    personId: v.personId,
    givenOn: v.givenOn,
    note: v.note,
    scopes: CONSENT_SCOPES.filter((s) => (v as Record<string, unknown>)[scopeFieldName(s)] === true) as ConsentScope[],
  }));
export type RecordConsentInput = z.output<typeof recordConsentSchema>;

export const withdrawConsentSchema = z.object({
  consentId: z.uuid("invalidFormat"),
  withdrawnOn: requiredDate,
  confirm: checkbox().refine((v) => v === true, "required"),
});
export type WithdrawConsentInput = z.output<typeof withdrawConsentSchema>;
