"use client";
import { useActionState } from "react";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { updateClaimAction } from "@/lib/cases/claims/actions";
import { useFormRound } from "./use-form-round";

export type ClaimUpdateStrings = {
  summary: string;
  title: string;
  amountClaimed: string;
  amountHint: string;
  amountRecovered: string;
  amountRecoveredHint: string;
  note: string;
  submit: string;
  pending: string;
  done: string;
};

/** What was recovered on one claim so far (and corrections), behind a disclosure. Carries the claim's version. */
export function ClaimUpdateForm(props: { claim: { id: string; version: number; amountClaimed: string; amountRecovered: string; note: string }; strings: ClaimUpdateStrings }) {
  const { claim: c, strings: s } = props;
  const [state, action] = useActionState(updateClaimAction, IDLE);
  const round = useFormRound(state);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const e = state.fieldErrors ?? {};
  const f = (name: string) => `claim-${c.id}-${name}`;
  return (
    <details open={state.status !== "idle" ? true : undefined} className="rounded-md border border-slate-200 bg-white">
      <summary className="flex min-h-11 cursor-pointer items-center px-3 text-sm font-semibold text-brand-700">{s.summary}</summary>
      <form action={action} aria-label={s.title} className="flex flex-col gap-3 border-t border-slate-200 p-3">
        <FormMessage state={state} okText={s.done} />
        <input type="hidden" name="id" value={c.id} />
        <input type="hidden" name="version" value={c.version} />
        <div key={`${round}-${c.version}`} className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <TextField id={f("amountRecovered")} name="amountRecovered" inputMode="decimal" autoComplete="off" maxLength={40} label={s.amountRecovered} hint={s.amountRecoveredHint} defaultValue={v.amountRecovered ?? c.amountRecovered} error={e.amountRecovered} />
          <TextField id={f("amountClaimed")} name="amountClaimed" required inputMode="decimal" autoComplete="off" maxLength={40} label={s.amountClaimed} hint={s.amountHint} defaultValue={v.amountClaimed ?? c.amountClaimed} error={e.amountClaimed} />
          <div className="sm:col-span-2">
            <TextAreaField id={f("note")} name="note" rows={2} maxLength={1000} label={s.note} defaultValue={v.note ?? c.note} error={e.note} />
          </div>
        </div>
        <div>
          <SubmitButton label={s.submit} pendingLabel={s.pending} variant="secondary" />
        </div>
      </form>
    </details>
  );
}
