"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { createClaim } from "./create-claim";
import { createClaimSchema, updateClaimSchema } from "./schemas";
import { updateClaim } from "./update-claim";

// The forms answer in place: the case page re-renders with the claims and their totals.
const revalidateCases = () => revalidatePath("/cases", "layout");

export const createClaimAction = formAction({
  permission: "case:claim",
  schema: createClaimSchema,
  run: (input, { actor, ip }) => createClaim(actor, input, { ip }),
  onSuccess: revalidateCases,
});

export const updateClaimAction = formAction({
  permission: "case:claim",
  schema: updateClaimSchema,
  run: (input, { actor, ip }) => updateClaim(actor, input, { ip }),
  onSuccess: revalidateCases,
});
