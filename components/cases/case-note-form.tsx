"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { addCaseNoteAction } from "@/lib/cases/actions";

export function CaseNoteForm({ caseId, canShare, strings }: {
  caseId: string;
  canShare: boolean;
  strings: { text: string; textHint: string; shareable: string; submit: string; working: string };
}) {
  const [state, action] = useActionState(addCaseNoteAction, IDLE);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={caseId} />
      <TextAreaField id="note-text" name="text" required rows={3} maxLength={5000} label={strings.text} hint={strings.textHint} defaultValue={state.values?.text ?? ""} error={state.fieldErrors?.text} />
      {canShare ? (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="shareable" defaultChecked={state.values?.shareable === "on"} className="mt-1 h-4 w-4" />
          <span>{strings.shareable}</span>
        </label>
      ) : null}
      <div>
        <SubmitButton label={strings.submit} pendingLabel={strings.working} variant="secondary" />
      </div>
    </form>
  );
}
