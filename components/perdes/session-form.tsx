"use client";
import { useActionState } from "react";
import { useFormRound } from "@/components/cases/use-form-round";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { createSessionAction, updateSessionAction } from "@/lib/perdes/sessions/actions";
import { DisclosureForm } from "./disclosure-form";

type Option = { value: string; label: string };
export type SessionFormStrings = {
  heldOn: string; heldOnHint: string; topic: string; chooseTopic: string; title: string; place: string; facilitator: string;
  otherAttendees: string; otherAttendeesHint: string; notes: string; create: string; save: string; saving: string; editSummary: string;
};
export type SessionValues = { heldOn: string; topic: string; title: string; place: string; facilitator: string; otherAttendees: string; notes: string };

function Fields({ prefix, state, values, topics, today, strings: s }: { prefix: string; state: FormState; values: SessionValues; topics: Option[]; today: string; strings: SessionFormStrings }) {
  const id = (name: string) => `${prefix}-${name}`;
  const v = state.status === "error" ? { ...values, ...state.values } : values;
  const e = state.fieldErrors ?? {};
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      <TextField id={id("heldOn")} name="heldOn" type="date" required max={today} label={s.heldOn} hint={s.heldOnHint} defaultValue={v.heldOn} error={e.heldOn} />
      <SelectField id={id("topic")} name="topic" required label={s.topic} options={[{ value: "", label: s.chooseTopic }, ...topics]} defaultValue={v.topic} error={e.topic} />
      <div className="sm:col-span-2">
        <TextField id={id("title")} name="title" required maxLength={200} label={s.title} defaultValue={v.title} error={e.title} />
      </div>
      <TextField id={id("place")} name="place" maxLength={200} label={s.place} defaultValue={v.place} error={e.place} />
      <TextField id={id("facilitator")} name="facilitator" maxLength={200} label={s.facilitator} defaultValue={v.facilitator} error={e.facilitator} />
      <TextField id={id("otherAttendees")} name="otherAttendees" type="number" min={0} max={10000} inputMode="numeric" label={s.otherAttendees} hint={s.otherAttendeesHint} defaultValue={v.otherAttendees} error={e.otherAttendees} />
      <div className="sm:col-span-2">
        <TextAreaField id={id("notes")} name="notes" rows={3} maxLength={2000} label={s.notes} defaultValue={v.notes} error={e.notes} />
      </div>
    </div>
  );
}

/** Records a session held in the actor's village; success opens its page, where attendees are added. */
export function CreateSessionForm(props: { topics: Option[]; today: string; strings: SessionFormStrings }) {
  const [state, action] = useActionState(createSessionAction, IDLE);
  const round = useFormRound(state);
  const empty: SessionValues = { heldOn: props.today, topic: "", title: "", place: "", facilitator: "", otherAttendees: "0", notes: "" };
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <Fields key={round} prefix="session-new" state={state} values={empty} {...props} />
      <div>
        <SubmitButton label={props.strings.create} pendingLabel={props.strings.saving} />
      </div>
    </form>
  );
}

export function UpdateSessionForm({ session, ...props }: { session: SessionValues & { id: string; version: number }; topics: Option[]; today: string; strings: SessionFormStrings }) {
  const [state, action] = useActionState(updateSessionAction, IDLE);
  const s = props.strings;
  return (
    <DisclosureForm hidden={{ id: session.id, version: session.version }} state={state} action={action} strings={{ summary: s.editSummary, title: s.editSummary, submit: s.save, pending: s.saving }}>
      <Fields prefix="session-edit" state={state} values={session} {...props} />
    </DisclosureForm>
  );
}
