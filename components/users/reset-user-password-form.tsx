"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { resetUserPasswordAction } from "@/lib/users/actions";
import { ConfirmCheckbox } from "./confirm-checkbox";
import { OneTimePasswordNotice, type OneTimePasswordStrings } from "./one-time-password-notice";

export type ResetUserPasswordStrings = { confirm: string; submit: string; pending: string; backLabel: string };

/** After "I am sure", makes a new one-time password and shows it once, in this answer only. */
export function ResetUserPasswordForm({
  userId,
  backHref,
  strings,
  notice,
}: {
  userId: string;
  backHref: string;
  strings: ResetUserPasswordStrings;
  notice: OneTimePasswordStrings;
}) {
  const [state, action] = useActionState(resetUserPasswordAction, IDLE);
  const data = state.status === "ok" ? (state.data as { oneTimePassword?: string } | undefined) : undefined;
  if (data?.oneTimePassword) {
    return <OneTimePasswordNotice password={data.oneTimePassword} strings={notice} links={[{ href: backHref, label: strings.backLabel }]} />;
  }
  return (
    <form action={action} className="flex flex-col items-start gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={userId} />
      <ConfirmCheckbox label={strings.confirm} error={state.fieldErrors?.confirm} />
      <SubmitButton label={strings.submit} pendingLabel={strings.pending} variant="danger" />
    </form>
  );
}
