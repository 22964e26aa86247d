"use client";
import { useActionState } from "react";
import { useFormRound } from "@/components/cases/use-form-round";
import { DisclosureForm } from "@/components/perdes/disclosure-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { createGroupAction, updateGroupAction } from "@/lib/empowerment/groups/actions";

type Option = { value: string; label: string };
export type GroupFormStrings = {
  name: string; kind: string; chooseKind: string; foundedOn: string; status: string; cooperative: string; noCooperative: string;
  description: string; create: string; save: string; saving: string; editSummary: string;
};
export type GroupValues = { name: string; kindCode: string; foundedOn: string; status: string; cooperativeId: string; description: string };
type Choices = { kinds: Option[]; statuses: Option[]; cooperatives: Option[]; today: string; strings: GroupFormStrings };

function Fields({ prefix, state, values, kinds, statuses, cooperatives, today, strings: s }: Choices & { prefix: string; state: FormState; values: GroupValues }) {
  const id = (name: string) => `${prefix}-${name}`;
  const v = state.status === "error" ? { ...values, ...state.values } : values;
  const e = state.fieldErrors ?? {};
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <TextField id={id("name")} name="name" required maxLength={120} label={s.name} defaultValue={v.name} error={e.name} />
      </div>
      <SelectField id={id("kindCode")} name="kindCode" required label={s.kind} options={[{ value: "", label: s.chooseKind }, ...kinds]} defaultValue={v.kindCode} error={e.kindCode} />
      <TextField id={id("foundedOn")} name="foundedOn" type="date" max={today} label={s.foundedOn} defaultValue={v.foundedOn} error={e.foundedOn} />
      <SelectField id={id("status")} name="status" required label={s.status} options={statuses} defaultValue={v.status} error={e.status} />
      <SelectField id={id("cooperativeId")} name="cooperativeId" label={s.cooperative} options={[{ value: "", label: s.noCooperative }, ...cooperatives]} defaultValue={v.cooperativeId} error={e.cooperativeId} />
      <div className="sm:col-span-2">
        <TextAreaField id={id("description")} name="description" rows={3} maxLength={2000} label={s.description} defaultValue={v.description} error={e.description} />
      </div>
    </div>
  );
}

/** Creates a group of the actor's village; success opens its page, where members are added. */
export function CreateGroupForm(props: Choices) {
  const [state, action] = useActionState(createGroupAction, IDLE);
  const round = useFormRound(state);
  const empty: GroupValues = { name: "", kindCode: "", foundedOn: "", status: "ACTIVE", cooperativeId: "", description: "" };
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <Fields key={round} prefix="group-new" state={state} values={empty} {...props} />
      <div>
        <SubmitButton label={props.strings.create} pendingLabel={props.strings.saving} />
      </div>
    </form>
  );
}

export function UpdateGroupForm({ group, ...props }: Choices & { group: GroupValues & { id: string; version: number } }) {
  const [state, action] = useActionState(updateGroupAction, IDLE);
  const s = props.strings;
  return (
    <DisclosureForm hidden={{ id: group.id, version: group.version }} state={state} action={action} strings={{ summary: s.editSummary, title: s.editSummary, submit: s.save, pending: s.saving }}>
      <Fields prefix="group-edit" state={state} values={group} {...props} />
    </DisclosureForm>
  );
}
