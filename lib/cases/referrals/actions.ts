"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { createReferral } from "./create-referral";
import { createReferralSchema, updateReferralSchema } from "./schemas";
import { updateReferral } from "./update-referral";

// The forms answer in place: the case page re-renders with the new referral (and, for a
// new one, the case's new status and version), and the form says it was saved.
const revalidateCases = () => revalidatePath("/cases", "layout");

export const createReferralAction = formAction({
  permission: "case:refer",
  schema: createReferralSchema,
  run: (input, { actor, ip }) => createReferral(actor, input, { ip }),
  onSuccess: revalidateCases,
});

export const updateReferralAction = formAction({
  permission: "case:refer",
  schema: updateReferralSchema,
  run: (input, { actor, ip }) => updateReferral(actor, input, { ip }),
  onSuccess: revalidateCases,
});
