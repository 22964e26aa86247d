"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { thresholdsSchema } from "./schemas";
import { updateScorecardThresholds } from "./thresholds";

export const updateScorecardThresholdsAction = formAction({
  permission: "scorecard:thresholds",
  schema: thresholdsSchema,
  run: (input, { actor, ip }) =>
    updateScorecardThresholds(
      actor,
      {
        minVerifiedSharePct: String(input.minVerifiedSharePct),
        maxNonProcedural: String(input.maxNonProcedural),
        minCasesOnTimeSharePct: String(input.minCasesOnTimeSharePct),
        minSessionsPerQuarter: String(input.minSessionsPerQuarter),
      },
      { ip },
    ),
  onSuccess: () => {
    revalidatePath("/perdes/scorecard", "layout");
    redirect("/perdes/scorecard/thresholds?done=saved");
  },
});
