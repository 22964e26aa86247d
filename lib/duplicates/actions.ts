"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { FieldError } from "@/lib/validation/errors";
import { MERGE_REFUSALS, mergePeople, type MergePeopleResult } from "./merge-people";
import { mergePeopleSchema } from "./schemas";

type Outcome = { ok: true; value: MergePeopleResult } | { ok: false; state: FormState };

// Refusals that only make sense on the merge page; their messages are in the privacy catalog,
// not in common.errors where formAction looks.
async function refusingMerge(work: () => Promise<MergePeopleResult>): Promise<Outcome> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof FieldError && (MERGE_REFUSALS as readonly string[]).includes(error.messageKey)) {
      const t = await getTranslations("privacy.merge.refusals");
      const message = t(error.messageKey);
      return { ok: false, state: { status: "error", message, fieldErrors: error.field === "_form" ? undefined : { [error.field]: message } } };
    }
    throw error;
  }
}

export const mergePeopleAction = formAction({
  permission: "person:merge",
  schema: mergePeopleSchema,
  run: (input, { actor, ip }) => refusingMerge(() => mergePeople(actor, input, { ip })),
  onSuccess: (outcome) => {
    if (!outcome.ok) return;
    revalidatePath("/registry", "layout");
    redirect(`/registry/duplicates?done=merged&kept=${outcome.value.keptId}`);
  },
  toState: (outcome) => (outcome.ok ? { status: "ok" } : outcome.state),
});
