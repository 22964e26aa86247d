"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { joinIds } from "../join-ids";
import { recordTraining } from "./record-training";
import { recordTrainingSchema } from "./schemas";

const recordTrainingForm = formAction({
  permission: "group:write",
  schema: recordTrainingSchema,
  run: (input, { actor, ip }) => recordTraining(actor, input, { ip }),
  onSuccess: (result) => {
    revalidatePath("/groups", "layout");
    redirect(`/groups/${result.groupId}?done=trainingRecorded#trainings`);
  },
});

/** Records a training with the ticked members as its attendance. */
export async function recordTrainingAction(prev: FormState, formData: FormData): Promise<FormState> {
  return recordTrainingForm(prev, joinIds(formData, "memberIds"));
}
