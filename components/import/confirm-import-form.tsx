"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ConfirmCheckbox } from "@/components/users/confirm-checkbox";
import { IDLE } from "@/lib/actions/form-state";
import { confirmImportAction } from "@/lib/import/actions";

export type ConfirmImportStrings = { heading: string; explain: string; checkbox: string; submit: string; pending: string };

/**
 * The last step before anything is written: "I have checked" and, when rows have errors,
 * the button that says the good rows are imported and the bad ones skipped.
 */
export function ConfirmImportForm({ importId, skipErrors, strings }: { importId: string; skipErrors: boolean; strings: ConfirmImportStrings }) {
  const [state, action] = useActionState(confirmImportAction, IDLE);
  return (
    <form action={action} aria-labelledby="confirm-import-heading" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="confirm-import-heading" className="text-lg font-semibold">
        {strings.heading}
      </h2>
      <p className="text-sm text-slate-700">{strings.explain}</p>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={importId} />
      {skipErrors ? <input type="hidden" name="skipErrors" value="on" /> : null}
      <ConfirmCheckbox label={strings.checkbox} error={state.fieldErrors?.confirm} />
      <div>
        <SubmitButton label={strings.submit} pendingLabel={strings.pending} />
      </div>
    </form>
  );
}
