import { z } from "zod";
import { oneOf, text } from "@/lib/validation/fields";
import { id, requiredDate } from "@/lib/cases/form-fields";
import type { CaseStatus } from "@/lib/cases/workflow";

/**
 * A berita acara is recorded while the case is IN_MEDIATION: as part of that step, before
 * the case is resolved (agreement) or referred (no agreement). On a REFERRED, RESOLVED or
 * CLOSED case it would document a step the case is no longer in.
 */
export function mayRecordMediation(status: CaseStatus): boolean {
  return status === "IN_MEDIATION";
}

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
