"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { countryRuleSchema, jobRuleSchema } from "./schemas";
import { updateCountryRule, updateJobRule } from "./update-rule";

export const updateCountryRuleAction = formAction({
  permission: "rules:write",
  schema: countryRuleSchema,
  run: (input, { actor, ip }) => updateCountryRule(actor, input, { ip }),
  onSuccess: () => {
    revalidatePath("/rules");
    redirect("/rules?done=saved");
  },
});

export const updateJobRuleAction = formAction({
  permission: "rules:write",
  schema: jobRuleSchema,
  run: (input, { actor, ip }) => updateJobRule(actor, input, { ip }),
  onSuccess: () => {
    revalidatePath("/rules");
    redirect("/rules?done=saved");
  },
});
