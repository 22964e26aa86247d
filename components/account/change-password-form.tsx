"use client";
import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { changePasswordAction } from "@/lib/account/actions";

export type ChangePasswordStrings = {
  currentPassword: string;
  newPassword: string;
  newPasswordHint: string;
  confirmPassword: string;
  submit: string;
  pending: string;
};

// Password fields are never sent back in the action's answer and React clears the form
// after each submission, so nothing is refilled here.
export function ChangePasswordForm({ email, strings }: { email: string; strings: ChangePasswordStrings }) {
  const [state, action] = useActionState(changePasswordAction, IDLE);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="flex max-w-md flex-col gap-4">
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormMessage state={state} />
      <TextField label={strings.currentPassword} name="currentPassword" type="password" autoComplete="current-password" required error={errors.currentPassword} />
      <TextField
        label={strings.newPassword}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        hint={strings.newPasswordHint}
        error={errors.newPassword}
      />
      <TextField label={strings.confirmPassword} name="confirmPassword" type="password" autoComplete="new-password" required error={errors.confirmPassword} />
      <div>
        <SubmitButton label={strings.submit} pendingLabel={strings.pending} />
      </div>
    </form>
  );
}
