"use client";
import { useActionState } from "react";
import { useFormRound } from "@/components/cases/use-form-round";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { createRegulationAction, updateRegulationAction } from "@/lib/perdes/regulations/actions";
import { DisclosureForm } from "./disclosure-form";

type Option = { value: string; label: string };
export type RegulationFormStrings = {
  number: string; numberHint: string; year: string; title: string; titleHint: string; status: string; statusHint: string;
  enactedOn: string; enactedOnHint: string; create: string; save: string; saving: string; editSummary: string;
};
export type RegulationValues = { number: string; year: string; title: string; status: string; enactedOn: string };

function Fields({ prefix, state, values, statuses, today, strings: s }: { prefix: string; state: FormState; values: RegulationValues; statuses: Option[]; today: string; strings: RegulationFormStrings }) {
  const id = (name: string) => `${prefix}-${name}`;
  const v = state.status === "error" ? { ...values, ...state.values } : values;
  const e = state.fieldErrors ?? {};
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      <TextField id={id("number")} name="number" required inputMode="numeric" maxLength={5} autoComplete="off" label={s.number} hint={s.numberHint} defaultValue={v.number} error={e.number} />
      <TextField id={id("year")} name="year" type="number" required min={1945} max={2100} label={s.year} defaultValue={v.year} error={e.year} />
      <div className="sm:col-span-2">
        <TextField id={id("title")} name="title" required maxLength={300} label={s.title} hint={s.titleHint} defaultValue={v.title} error={e.title} />
      </div>
      <SelectField id={id("status")} name="status" required label={s.status} hint={s.statusHint} options={statuses} defaultValue={v.status} error={e.status} />
      <TextField id={id("enactedOn")} name="enactedOn" type="date" max={today} label={s.enactedOn} hint={s.enactedOnHint} defaultValue={v.enactedOn} error={e.enactedOn} />
    </div>
  );
}

/** A new Perdes of the official's village; success opens its page, where articles are added. */
export function CreateRegulationForm(props: { statuses: Option[]; today: string; strings: RegulationFormStrings }) {
  const [state, action] = useActionState(createRegulationAction, IDLE);
  const round = useFormRound(state);
  const empty: RegulationValues = { number: "", year: props.today.slice(0, 4), title: "", status: "DRAFT", enactedOn: "" };
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <Fields key={round} prefix="regulation-new" state={state} values={empty} {...props} />
      <div>
        <SubmitButton label={props.strings.create} pendingLabel={props.strings.saving} />
      </div>
    </form>
  );
}

/** Number, year, title, status and date of an existing Perdes, behind a disclosure; carries its version. */
export function UpdateRegulationForm({ regulation, ...props }: { regulation: RegulationValues & { id: string; version: number }; statuses: Option[]; today: string; strings: RegulationFormStrings }) {
  const [state, action] = useActionState(updateRegulationAction, IDLE);
  const s = props.strings;
  return (
    <DisclosureForm hidden={{ id: regulation.id, version: regulation.version }} state={state} action={action} strings={{ summary: s.editSummary, title: s.editSummary, submit: s.save, pending: s.saving }}>
      <Fields prefix="regulation-edit" state={state} values={regulation} {...props} />
    </DisclosureForm>
  );
}
