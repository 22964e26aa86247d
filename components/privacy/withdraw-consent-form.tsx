"use client";
import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ConfirmCheckbox } from "@/components/users/confirm-checkbox";
import { IDLE } from "@/lib/actions/form-state";
import { withdrawConsentAction } from "@/lib/privacy/actions";

export type WithdrawConsentStrings = { date: string; sure: string; submit: string; pending: string };

/** Records the withdrawal of one consent, on a day, after "I am sure" (works without JavaScript). */
export function WithdrawConsentForm({ consentId, today, min, strings: s }: { consentId: string; today: string; min: string; strings: WithdrawConsentStrings }) {
  const [state, action] = useActionState(withdrawConsentAction, IDLE);
  return (
    <form action={action} className="flex flex-col items-start gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="consentId" value={consentId} />
      <div className="w-full max-w-xs">
        <TextField
          label={s.date}
          name="withdrawnOn"
          type="date"
          required
          min={min}
          max={today}
          defaultValue={state.values?.withdrawnOn ?? today}
          error={state.fieldErrors?.withdrawnOn}
        />
      </div>
      <ConfirmCheckbox label={s.sure} error={state.fieldErrors?.confirm} />
      <SubmitButton label={s.submit} pendingLabel={s.pending} variant="danger" />
    </form>
  );
}
