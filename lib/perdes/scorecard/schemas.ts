import { z } from "zod";

// What the thresholds form sends. Messages are "scorecard:<key>" (scorecard.errors.<key>).

function wholeNumber(max: number, message: string) {
  return z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z
      .string("required")
      .min(1, "required")
      .regex(/^\d+$/, message)
      .transform(Number)
      .pipe(z.number().int(message).min(0, message).max(max, message)),
  );
}

export const MAX_NON_PROCEDURAL = 999;
export const MAX_SESSIONS_PER_QUARTER = 30;

export const thresholdsSchema = z.object({
  minVerifiedSharePct: wholeNumber(100, "scorecard:percent"),
  maxNonProcedural: wholeNumber(MAX_NON_PROCEDURAL, "scorecard:nonProcedural"),
  minCasesOnTimeSharePct: wholeNumber(100, "scorecard:percent"),
  minSessionsPerQuarter: wholeNumber(MAX_SESSIONS_PER_QUARTER, "scorecard:sessions"),
});

export type ThresholdsInput = z.input<typeof thresholdsSchema>;
