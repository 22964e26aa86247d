"use client";
import { useActionState } from "react";
import { useFormRound } from "@/components/cases/use-form-round";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { recordTrainingAction } from "@/lib/empowerment/trainings/actions";

type Option = { value: string; label: string };

/** Records a training held for the group, with the members who attended ticked. */
export function RecordTrainingForm({ groupId, members, topics, today, strings: s }: {
  groupId: string;
  members: { id: string; name: string }[];
  topics: Option[];
  today: string;
  strings: { form: string; heldOn: string; topic: string; chooseTopic: string; title: string; givenBy: string; legend: string; hint: string; noMembers: string; record: string; saving: string };
}) {
  const [state, action] = useActionState(recordTrainingAction, IDLE);
  const round = useFormRound(state);
  const v = state.status === "error" ? state.values ?? {} : {};
  const e = state.fieldErrors ?? {};
  const ticked = new Set((v.memberIds ?? "").split(",").filter(Boolean));
  return (
    <form action={action} aria-label={s.form} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="groupId" value={groupId} />
      <div key={round} className="flex flex-col gap-4">
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <TextField id="training-heldOn" name="heldOn" type="date" required max={today} label={s.heldOn} defaultValue={v.heldOn ?? today} error={e.heldOn} />
          <SelectField id="training-topic" name="topic" required label={s.topic} options={[{ value: "", label: s.chooseTopic }, ...topics]} defaultValue={v.topic ?? ""} error={e.topic} />
          <TextField id="training-title" name="title" required maxLength={200} label={s.title} defaultValue={v.title ?? ""} error={e.title} />
          <TextField id="training-givenBy" name="givenBy" required maxLength={200} label={s.givenBy} defaultValue={v.givenBy ?? ""} error={e.givenBy} />
        </div>
        <fieldset className="flex flex-col gap-1" aria-describedby={`training-attendance-hint${e.memberIds ? " memberIds-error" : ""}`}>
          <legend className="text-sm font-medium text-slate-800">{s.legend}</legend>
          <p id="training-attendance-hint" className="text-xs text-slate-600">{s.hint}</p>
          {members.length === 0 ? (
            <p className="text-sm text-slate-700">{s.noMembers}</p>
          ) : (
            <ul className="grid grid-cols-1 gap-1 sm:grid-cols-2">
              {members.map((m) => (
                <li key={m.id}>
                  <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-slate-200 px-3 text-sm">
                    <input type="checkbox" name="memberIds" value={m.id} defaultChecked={ticked.has(m.id)} className="size-5 shrink-0 accent-brand-700" />
                    <span className="[overflow-wrap:anywhere]">{m.name}</span>
                  </label>
                </li>
              ))}
            </ul>
          )}
          {e.memberIds ? <p id="memberIds-error" role="alert" className="text-sm text-red-700">{e.memberIds}</p> : null}
        </fieldset>
      </div>
      <div>
        <SubmitButton label={s.record} pendingLabel={s.saving} />
      </div>
    </form>
  );
}
