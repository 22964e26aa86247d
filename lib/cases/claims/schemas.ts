import { z } from "zod";
import { oneOf, optionalText } from "@/lib/validation/fields";
import { id, version } from "@/lib/cases/form-fields";
import { FieldError } from "@/lib/validation/errors";
import { CLAIM_CURRENCIES, hasCents, parseAmount } from "./money";

// What the claim forms send. Amounts are typed the Indonesian way and come out as whole
// cents (bigint); a bigint parses again unchanged (the action parses, then the data function).

export const CLAIM_KINDS = ["UNPAID_WAGES", "OVERCHARGED_FEES", "INSURANCE", "BPJS", "REPATRIATION_COSTS", "OTHER"] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** An amount field; `blank` is what an empty field means (omit it to make the field required). */
function amount(blank?: bigint) {
  // A missing field reads as an empty one (an absent key would otherwise not reach the transform).
  return z.preprocess((v) => v ?? "", z.unknown()).transform((v, ctx): bigint => {
    if (typeof v === "bigint") return v;
    const text = typeof v === "string" ? v.trim() : null;
    if (text === "") {
      if (blank !== undefined) return blank;
      ctx.addIssue({ code: "custom", message: "required" });
      return z.NEVER;
    }
    const parsed = text === null ? ({ ok: false, problem: "amountInvalid" } as const) : parseAmount(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: `caseMoney:${parsed.problem}` });
      return z.NEVER;
    }
    return parsed.cents;
  });
}

export const createClaimSchema = z.object({
  caseId: id,
  kind: oneOf(CLAIM_KINDS),
  currency: oneOf(CLAIM_CURRENCIES),
  amountClaimed: amount(),
  /** Often nothing yet when the claim is recorded. */
  amountRecovered: amount(0n),
  note: optionalText(1000),
});
export type CreateClaimInput = z.output<typeof createClaimSchema>;

/** Mostly the amount recovered so far; the amount claimed and the note can be corrected. Kind and currency stay. */
export const updateClaimSchema = z.object({
  id,
  version,
  amountClaimed: amount(),
  amountRecovered: amount(0n),
  note: optionalText(1000),
});
export type UpdateClaimInput = z.output<typeof updateClaimSchema>;

/**
 * The first problem with a claim's amounts in its currency, or null: something must be
 * claimed, no more can be recovered than was claimed, and yen or won have no cents.
 */
export function claimAmountProblem(claim: { currency: string; amountClaimed: bigint; amountRecovered: bigint }): FieldError | null {
  if (claim.amountClaimed <= 0n) return new FieldError("amountClaimed", "caseMoney:amountNotPositive");
  if (!hasCents(claim.currency) && claim.amountClaimed % 100n !== 0n) return new FieldError("amountClaimed", "caseMoney:amountNoCents");
  if (!hasCents(claim.currency) && claim.amountRecovered % 100n !== 0n) return new FieldError("amountRecovered", "caseMoney:amountNoCents");
  if (claim.amountRecovered > claim.amountClaimed) return new FieldError("amountRecovered", "caseMoney:recoveredMoreThanClaimed");
  return null;
}
