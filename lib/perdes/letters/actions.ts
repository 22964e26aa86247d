"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { issueVillageLetter } from "./issue-village-letter";
import { revokeVillageLetter } from "./revoke-village-letter";
import { issueLetterSchema, revokeLetterFormSchema } from "./schemas";

const revalidateLetters = (placementId?: string) => {
  revalidatePath("/perdes/letters", "layout");
  if (placementId) revalidatePath(`/registry/placements/${placementId}`, "layout");
};

/** A refusal lists the missing checks in FormState.data.missing (see IssueLetterForm). */
export const issueVillageLetterAction = formAction({
  permission: "letter:issue",
  schema: issueLetterSchema,
  run: (input, { actor, ip }) => issueVillageLetter(actor, input, { ip }),
  onSuccess: (result, input) => {
    revalidateLetters(input.placementId);
    redirect(`/perdes/letters/${result.id}?done=issued`);
  },
});

export const revokeVillageLetterAction = formAction({
  permission: "letter:revoke",
  schema: revokeLetterFormSchema,
  run: (input, { actor, ip }) => revokeVillageLetter(actor, { id: input.id, reason: input.reason }, { ip }),
  onSuccess: (result) => {
    revalidateLetters();
    redirect(`/perdes/letters/${result.id}?done=revoked`);
  },
});
