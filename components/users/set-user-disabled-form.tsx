"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { setUserDisabledAction } from "@/lib/users/actions";
import { ConfirmCheckbox } from "./confirm-checkbox";

export type SetUserDisabledStrings = { confirm: string; submit: string; pending: string };

/** Disable (or enable again) after ticking "I am sure"; on success the action redirects. */
export function SetUserDisabledForm({ userId, disable, strings }: { userId: string; disable: boolean; strings: SetUserDisabledStrings }) {
  const [state, action] = useActionState(setUserDisabledAction, IDLE);
  return (
    <form action={action} className="flex flex-col items-start gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={userId} />
      <input type="hidden" name="disabled" value={disable ? "true" : "false"} />
      <ConfirmCheckbox label={strings.confirm} error={state.fieldErrors?.confirm} />
      <SubmitButton label={strings.submit} pendingLabel={strings.pending} variant={disable ? "danger" : "primary"} />
    </form>
  );
}
