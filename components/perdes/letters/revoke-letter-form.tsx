"use client";
import { useActionState } from "react";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { revokeVillageLetterAction } from "@/lib/perdes/letters/actions";

export type RevokeLetterStrings = { title: string; reason: string; reasonHint: string; confirm: string; submit: string; pending: string };

/** Revoking a letter (village officials): a reason and an "I am sure"; the action redirects. */
export function RevokeLetterForm({ letterId, strings: s }: { letterId: string; strings: RevokeLetterStrings }) {
  const [state, action] = useActionState(revokeVillageLetterAction, IDLE);
  const e = state.fieldErrors ?? {};
  const v = state.values ?? {};
  return (
    <form action={action} aria-labelledby="revoke-title" className="flex flex-col gap-3 rounded-md border border-red-200 p-4">
      <h2 id="revoke-title" className="text-base font-semibold">{s.title}</h2>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={letterId} />
      <TextAreaField id="revoke-reason" name="reason" rows={3} required maxLength={1000} label={s.reason} hint={s.reasonHint} defaultValue={v.reason ?? ""} error={e.reason} />
      <div className="flex flex-col gap-1">
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="confirm" required className="mt-1 h-4 w-4" aria-invalid={e.confirm ? true : undefined} aria-describedby={e.confirm ? "revoke-confirm-error" : undefined} />
          <span>{s.confirm}</span>
        </label>
        {e.confirm ? (
          <p id="revoke-confirm-error" role="alert" className="text-sm text-red-700">{e.confirm}</p>
        ) : null}
      </div>
      <div>
        <SubmitButton label={s.submit} pendingLabel={s.pending} variant="danger" />
      </div>
    </form>
  );
}
