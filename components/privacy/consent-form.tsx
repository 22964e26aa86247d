"use client";
import { useActionState, useState } from "react";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { recordConsentAction } from "@/lib/privacy/actions";

export type ConsentFormStrings = {
  givenOn: string;
  scopesLegend: string;
  scopesHint: string;
  takenBy: string;
  takenByValue: string;
  note: string;
  noteHint: string;
  submit: string;
  pending: string;
};

/** Records a consent: the day, the purposes (one checkbox each), a note; the taker is the signed-in user. */
export function ConsentForm({
  personId,
  today,
  scopes,
  strings: s,
}: {
  personId: string;
  /** Today in WIB, yyyy-mm-dd: the default day and the latest one allowed. */
  today: string;
  /** Each purpose: its checkbox name and label. */
  scopes: { name: string; label: string }[];
  strings: ConsentFormStrings;
}) {
  const [state, action] = useActionState(recordConsentAction, IDLE);
  // A new key per answer remounts the fields with the submitted values (React resets a form after its action).
  const [seen, setSeen] = useState<{ state: FormState; n: number }>({ state, n: 0 });
  if (seen.state !== state) setSeen({ state, n: seen.n + 1 });
  const v = state.values;
  const errors = state.fieldErrors ?? {};
  const scopeDescribedBy = ["scopes-hint", errors.scopes ? "scopes-error" : null].filter(Boolean).join(" ");

  return (
    <form action={action} className="flex max-w-xl flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="personId" value={personId} />
      <div key={seen.n} className="flex flex-col gap-4">
        <TextField label={s.givenOn} name="givenOn" type="date" required max={today} defaultValue={v?.givenOn ?? today} error={errors.givenOn} />
        <fieldset aria-describedby={scopeDescribedBy} aria-invalid={errors.scopes ? true : undefined} className="flex flex-col gap-1">
          <legend className="text-sm font-medium text-slate-800">{s.scopesLegend}</legend>
          <p id="scopes-hint" className="text-xs text-slate-600">
            {s.scopesHint}
          </p>
          {scopes.map((scope) => (
            <label key={scope.name} className="flex min-h-11 cursor-pointer items-center gap-3 text-sm text-slate-900">
              <input type="checkbox" name={scope.name} defaultChecked={v ? v[scope.name] === "on" : false} className="size-5 shrink-0 accent-brand-700" />
              {scope.label}
            </label>
          ))}
          {errors.scopes ? (
            <p id="scopes-error" role="alert" className="text-sm text-red-700">
              {errors.scopes}
            </p>
          ) : null}
        </fieldset>
        <div className="flex flex-col gap-1 text-sm">
          <span className="font-medium text-slate-800">{s.takenBy}</span>
          <span>{s.takenByValue}</span>
        </div>
        <TextAreaField label={s.note} name="note" rows={3} maxLength={500} defaultValue={v?.note ?? ""} hint={s.noteHint} error={errors.note} />
      </div>
      <div>
        <SubmitButton label={s.submit} pendingLabel={s.pending} />
      </div>
    </form>
  );
}
