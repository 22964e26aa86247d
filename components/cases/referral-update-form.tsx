"use client";
import { useActionState } from "react";
import { TextAreaField, TextField } from "@/components/ui/field";
import { IDLE } from "@/lib/actions/form-state";
import { updateReferralAction } from "@/lib/cases/referrals/actions";
import { UpdateDisclosure } from "./update-disclosure";

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
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const e = state.fieldErrors ?? {};
  const f = (name: string) => `referral-${r.id}-${name}`;
  return (
    <UpdateDisclosure row={r} state={state} action={action} strings={s}>
      <TextField id={f("acknowledgedOn")} name="acknowledgedOn" type="date" max={props.today} label={s.acknowledgedOn} defaultValue={v.acknowledgedOn ?? r.acknowledgedOn} error={e.acknowledgedOn} />
      <TextField id={f("dueOn")} name="dueOn" type="date" label={s.dueOn} defaultValue={v.dueOn ?? r.dueOn} error={e.dueOn} />
      <div className="sm:col-span-2">
        <TextAreaField id={f("outcome")} name="outcome" rows={3} maxLength={2000} label={s.outcome} defaultValue={v.outcome ?? r.outcome} error={e.outcome} />
      </div>
    </UpdateDisclosure>
  );
}
