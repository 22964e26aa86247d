"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ConfirmCheckbox } from "@/components/users/confirm-checkbox";
import { IDLE } from "@/lib/actions/form-state";
import { mergePeopleAction } from "@/lib/duplicates/actions";

export type MergeConfirmStrings = { sure: string; submit: string; pending: string };

/**
 * Step 2 of a merge: the choices of step 1 as hidden fields, the "I am sure" box (required by
 * the action's schema, so it works without JavaScript) and the button. On success the action
 * redirects to the duplicates list.
 */
export function MergeConfirmForm({ hidden, strings }: { hidden: Record<string, string>; strings: MergeConfirmStrings }) {
  const [state, action] = useActionState(mergePeopleAction, IDLE);
  return (
    <form action={action} className="flex flex-col items-start gap-3">
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ConfirmCheckbox label={strings.sure} error={state.fieldErrors?.confirm} />
      <SubmitButton label={strings.submit} pendingLabel={strings.pending} variant="danger" />
    </form>
  );
}
