import { z } from "zod";
import { oneOf, text } from "@/lib/validation/fields";
import { id, requiredDate } from "@/lib/cases/form-fields";

export const MEDIATION_OUTCOMES = ["AGREED", "NOT_AGREED"] as const;
export type MediationOutcome = (typeof MEDIATION_OUTCOMES)[number];

/** The parties as typed, one per line: trimmed, blank lines dropped. */
export function partyLines(parties: string): string[] {
  return parties
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

const PARTY_MAX = 200;

/** A mediation has at least two sides; each line is one party (name, and on whose side). */
const parties = text(2000).transform((value, ctx) => {
  const lines = partyLines(value);
  if (lines.length < 2) ctx.addIssue({ code: "custom", message: "caseMoney:partiesTooFew" });
  if (lines.some((line) => line.length > PARTY_MAX)) ctx.addIssue({ code: "custom", message: "caseMoney:partyTooLong" });
  return lines.join("\n");
});

export const recordMediationSchema = z.object({
  caseId: id,
  heldOn: requiredDate(),
  place: text(200),
  mediatorName: text(200),
  parties,
  agreement: text(5000),
  outcome: oneOf(MEDIATION_OUTCOMES),
});
export type RecordMediationInput = z.output<typeof recordMediationSchema>;
