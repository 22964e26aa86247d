"use client";
import { useActionState } from "react";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { updateReferralAction } from "@/lib/cases/referrals/actions";
import { useFormRound } from "./use-form-round";

export type ReferralUpdateStrings = { summary: string; title: string; acknowledgedOn: string; dueOn: string; outcome: string; submit: string; pending: string; done: string };

/**
 * The agency's answer on one referral, behind a disclosure (open again after a refusal, so
 * the message shows without JavaScript too). Carries the referral's own version.
 */
export function ReferralUpdateForm(props: {
  referral: { id: string; version: number; acknowledgedOn: string; dueOn: string; outcome: string };
  today: string;
  strings: ReferralUpdateStrings;
}) {
  const { referral: r, strings: s } = props;
  const [state, action] = useActionState(updateReferralAction, IDLE);
  const round = useFormRound(state);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const e = state.fieldErrors ?? {};
  const f = (name: string) => `referral-${r.id}-${name}`;
  return (
    <details open={state.status !== "idle" ? true : undefined} className="rounded-md border border-slate-200 bg-white">
      <summary className="flex min-h-11 cursor-pointer items-center px-3 text-sm font-semibold text-brand-700">{s.summary}</summary>
      <form action={action} aria-label={s.title} className="flex flex-col gap-3 border-t border-slate-200 p-3">
        <FormMessage state={state} okText={s.done} />
        <input type="hidden" name="id" value={r.id} />
        <input type="hidden" name="version" value={r.version} />
        <div key={`${round}-${r.version}`} className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <TextField id={f("acknowledgedOn")} name="acknowledgedOn" type="date" max={props.today} label={s.acknowledgedOn} defaultValue={v.acknowledgedOn ?? r.acknowledgedOn} error={e.acknowledgedOn} />
          <TextField id={f("dueOn")} name="dueOn" type="date" label={s.dueOn} defaultValue={v.dueOn ?? r.dueOn} error={e.dueOn} />
          <div className="sm:col-span-2">
            <TextAreaField id={f("outcome")} name="outcome" rows={3} maxLength={2000} label={s.outcome} defaultValue={v.outcome ?? r.outcome} error={e.outcome} />
          </div>
        </div>
        <div>
          <SubmitButton label={s.submit} pendingLabel={s.pending} variant="secondary" />
        </div>
      </form>
    </details>
  );
}
