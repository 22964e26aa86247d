"use client";
import { useActionState } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { createReferralAction } from "@/lib/cases/referrals/actions";
import { useFormRound } from "./use-form-round";

type Option = { value: string; label: string };
export type ReferralFormStrings = {
  title: string;
  agency: string;
  chooseAgency: string;
  country: string;
  chooseCountry: string;
  countryHint: string;
  agencyName: string;
  agencyNameHint: string;
  sentOn: string;
  acknowledgedOn: string;
  acknowledgedOnHint: string;
  dueOn: string;
  outcome: string;
  submit: string;
  pending: string;
  done: string;
};

/**
 * "Rujuk ke instansi": the workflow step "refer" with its referral. Carries the case's
 * version, so a page older than the case's last change is refused. `hint` is the reminder
 * that a trafficking case goes to the police too.
 */
export function ReferralForm(props: {
  caseId: string;
  version: number;
  today: string;
  defaultCountry: string;
  agencies: Option[];
  countries: Option[];
  hint?: string;
  strings: ReferralFormStrings;
}) {
  const { strings: s } = props;
  const [state, action] = useActionState(createReferralAction, IDLE);
  const round = useFormRound(state);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} aria-labelledby="referral-form-title" className="flex flex-col gap-4 rounded-md border border-slate-200 p-4">
      <h3 id="referral-form-title" className="text-base font-semibold">{s.title}</h3>
      {props.hint ? <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">{props.hint}</p> : null}
      <FormMessage state={state} okText={s.done} />
      <input type="hidden" name="caseId" value={props.caseId} />
      <input type="hidden" name="version" value={props.version} />
      <div key={round} className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectField id="referral-agency" name="agency" required label={s.agency} defaultValue={v.agency ?? ""} options={[{ value: "", label: s.chooseAgency }, ...props.agencies]} error={e.agency} />
        <SelectField id="referral-countryCode" name="countryCode" label={s.country} hint={s.countryHint} defaultValue={v.countryCode ?? props.defaultCountry} options={[{ value: "", label: s.chooseCountry }, ...props.countries]} error={e.countryCode} />
        <div className="sm:col-span-2">
          <TextField id="referral-agencyName" name="agencyName" maxLength={200} label={s.agencyName} hint={s.agencyNameHint} defaultValue={v.agencyName ?? ""} error={e.agencyName} />
        </div>
        <TextField id="referral-sentOn" name="sentOn" type="date" required max={props.today} label={s.sentOn} defaultValue={v.sentOn ?? props.today} error={e.sentOn} />
        <TextField id="referral-dueOn" name="dueOn" type="date" label={s.dueOn} defaultValue={v.dueOn ?? ""} error={e.dueOn} />
        <TextField id="referral-acknowledgedOn" name="acknowledgedOn" type="date" max={props.today} label={s.acknowledgedOn} hint={s.acknowledgedOnHint} defaultValue={v.acknowledgedOn ?? ""} error={e.acknowledgedOn} />
        <div className="sm:col-span-2">
          <TextAreaField id="referral-outcome" name="outcome" rows={3} maxLength={2000} label={s.outcome} defaultValue={v.outcome ?? ""} error={e.outcome} />
        </div>
      </div>
      <div>
        <SubmitButton label={s.submit} pendingLabel={s.pending} />
      </div>
    </form>
  );
}
