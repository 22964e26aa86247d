"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { resetCasePinAction } from "@/lib/cases/actions";

/** Makes a new PIN and shows it once (it is never sent in a URL or stored in clear). */
export function ResetPinForm({ caseId, strings }: { caseId: string; strings: { submit: string; working: string; newPin: string } }) {
  const [state, action] = useActionState(resetCasePinAction, IDLE);
  const made = state.status === "ok" ? (state.data as { pin: string; trackingCode: string }) : null;
  return (
    <form action={action} className="flex flex-col items-start gap-3">
      <input type="hidden" name="id" value={caseId} />
      <FormMessage state={state} />
      {made ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 font-mono text-base" data-testid="new-pin">
          {strings.newPin.replace("{code}", made.trackingCode).replace("{pin}", made.pin)}
        </p>
      ) : null}
      <SubmitButton label={strings.submit} pendingLabel={strings.working} variant="secondary" />
    </form>
  );
}
