"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { recordMediation } from "./record-mediation";
import { recordMediationSchema } from "./schemas";

export const recordMediationAction = formAction({
  permission: "case:mediate",
  schema: recordMediationSchema,
  run: (input, { actor, ip }) => recordMediation(actor, input, { ip }),
  // Answers in place: the case page re-renders with the record and its link to print.
  onSuccess: () => revalidatePath("/cases", "layout"),
});
