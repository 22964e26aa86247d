"use client";
import { useActionState } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { recordMediationAction } from "@/lib/cases/mediation/actions";
import { useFormRound } from "./use-form-round";

type Option = { value: string; label: string };
export type MediationFormStrings = {
  title: string;
  heldOn: string;
  place: string;
  mediatorName: string;
  parties: string;
  partiesHint: string;
  agreement: string;
  outcome: string;
  chooseOutcome: string;
  submit: string;
  pending: string;
  done: string;
};

/** "Catat berita acara mediasi": the mediator is the signed-in staff member unless changed. */
export function MediationForm(props: { caseId: string; today: string; mediatorName: string; outcomes: Option[]; strings: MediationFormStrings }) {
  const { strings: s } = props;
  const [state, action] = useActionState(recordMediationAction, IDLE);
  const round = useFormRound(state);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} aria-labelledby="mediation-form-title" className="flex flex-col gap-4 rounded-md border border-slate-200 p-4">
      <h3 id="mediation-form-title" className="text-base font-semibold">{s.title}</h3>
      <FormMessage state={state} okText={s.done} />
      <input type="hidden" name="caseId" value={props.caseId} />
      <div key={round} className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField id="mediation-heldOn" name="heldOn" type="date" required max={props.today} label={s.heldOn} defaultValue={v.heldOn ?? props.today} error={e.heldOn} />
        <TextField id="mediation-place" name="place" required maxLength={200} label={s.place} defaultValue={v.place ?? ""} error={e.place} />
        <TextField id="mediation-mediatorName" name="mediatorName" required maxLength={200} label={s.mediatorName} defaultValue={v.mediatorName ?? props.mediatorName} error={e.mediatorName} />
        <SelectField id="mediation-outcome" name="outcome" required label={s.outcome} defaultValue={v.outcome ?? ""} options={[{ value: "", label: s.chooseOutcome }, ...props.outcomes]} error={e.outcome} />
        <div className="sm:col-span-2">
          <TextAreaField id="mediation-parties" name="parties" required rows={4} maxLength={2000} label={s.parties} hint={s.partiesHint} defaultValue={v.parties ?? ""} error={e.parties} />
        </div>
        <div className="sm:col-span-2">
          <TextAreaField id="mediation-agreement" name="agreement" required rows={5} maxLength={5000} label={s.agreement} defaultValue={v.agreement ?? ""} error={e.agreement} />
        </div>
      </div>
      <div>
        <SubmitButton label={s.submit} pendingLabel={s.pending} />
      </div>
    </form>
  );
}
