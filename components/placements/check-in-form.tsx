"use client";
import { useActionState, useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { recordCheckInAction } from "@/lib/placements/actions";
import { TextField, SelectField, TextAreaField } from "@/components/ui/field";

type Option = { value: string; label: string };
export type CheckInFormStrings = {
  record: string;
  recording: string;
  contactedAt: string;
  method: string;
  chooseMethod: string;
  wellbeing: string;
  chooseWellbeing: string;
  note: string;
  noteHint: string;
};

/** "Catat kontak": on success the action redirects back to the list of check-ins. */
export function CheckInForm({ placementId, now, methods, wellbeings, strings }: { placementId: string; now: string; methods: Option[]; wellbeings: Option[]; strings: CheckInFormStrings }) {
  const [state, action] = useActionState(recordCheckInAction, IDLE);
  const [seen, setSeen] = useState<{ state: FormState; n: number }>({ state, n: 0 });
  if (seen.state !== state) setSeen({ state, n: seen.n + 1 });
  const v = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} aria-labelledby="check-in-form-title" className="flex flex-col gap-4 rounded-md border border-slate-200 p-4">
      <h3 id="check-in-form-title" className="text-base font-semibold">{strings.record}</h3>
      <FormMessage state={state} />
      <input type="hidden" name="placementId" value={placementId} />
      <div key={seen.n} className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <TextField id="checkin-contactedAt" name="contactedAt" type="datetime-local" required label={strings.contactedAt} defaultValue={v.contactedAt ?? now} error={errors.contactedAt} />
        <SelectField id="checkin-method" name="method" required label={strings.method} defaultValue={v.method ?? ""} options={[{ value: "", label: strings.chooseMethod }, ...methods]} error={errors.method} />
        <SelectField id="checkin-wellbeing" name="wellbeing" required label={strings.wellbeing} defaultValue={v.wellbeing ?? ""} options={[{ value: "", label: strings.chooseWellbeing }, ...wellbeings]} error={errors.wellbeing} />
        <div className="sm:col-span-3">
          <TextAreaField id="checkin-note" name="note" rows={3} maxLength={1000} label={strings.note} hint={strings.noteHint} defaultValue={v.note ?? ""} error={errors.note} />
        </div>
      </div>
      <div>
        <SubmitButton label={strings.record} pendingLabel={strings.recording} />
      </div>
    </form>
  );
}
