"use client";
import { useActionState, useState } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ConfirmCheckbox } from "@/components/users/confirm-checkbox";
import { IDLE, type FormState } from "@/lib/actions/form-state";

// One client form for the registry's staff forms (recruiter, status, job order, agent, rule,
// report handling): the server page describes the fields with their translated labels,
// this renders them and shows the action's answer field by field.

export type FieldSpec = {
  name: string;
  label: string;
  kind?: "text" | "date" | "number" | "textarea" | "select" | "checkbox";
  defaultValue?: string;
  required?: boolean;
  maxLength?: number;
  hint?: string;
  options?: { value: string; label: string }[];
  /** Full width on wide screens. */
  wide?: boolean;
};

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

type Props = {
  action: Action;
  fields: FieldSpec[];
  hidden?: Record<string, string>;
  strings: { submit: string; pending: string; ok?: string };
  /** A destructive step: the "I am sure" box, required by the action's schema. */
  confirm?: string;
  variant?: "primary" | "danger";
};

export function ActionForm({ action, fields, hidden = {}, strings, confirm, variant }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const [seen, setSeen] = useState<{ state: FormState; n: number }>({ state, n: 0 });
  if (seen.state !== state) setSeen({ state, n: seen.n + 1 });
  const errors = state.fieldErrors ?? {};
  const values = state.values;
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <FormMessage state={state} okText={strings.ok} />
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <div key={seen.n} className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {fields.map((f) => {
          const value = values ? (values[f.name] ?? "") : (f.defaultValue ?? "");
          const common = { label: f.label, name: f.name, error: errors[f.name], hint: f.hint, required: f.required };
          const wide = f.wide || f.kind === "textarea" ? "sm:col-span-2" : "";
          if (f.kind === "checkbox") {
            return (
              <label key={f.name} className={`flex min-h-11 cursor-pointer items-center gap-3 text-sm text-slate-900 ${wide}`}>
                <input type="checkbox" name={f.name} defaultChecked={values ? values[f.name] === "on" : f.defaultValue === "on"} className="size-5 shrink-0 accent-brand-700" />
                {f.label}
                {errors[f.name] ? <span role="alert" className="text-sm text-red-700">{errors[f.name]}</span> : null}
              </label>
            );
          }
          return (
            <div key={f.name} className={wide}>
              {f.kind === "select" ? (
                <SelectField {...common} defaultValue={value} options={f.options ?? []} />
              ) : f.kind === "textarea" ? (
                <TextAreaField {...common} defaultValue={value} maxLength={f.maxLength} rows={3} />
              ) : (
                <TextField {...common} type={f.kind === "date" ? "date" : f.kind === "number" ? "number" : "text"} defaultValue={value} maxLength={f.maxLength} autoComplete="off" />
              )}
            </div>
          );
        })}
      </div>
      {confirm ? <ConfirmCheckbox key={`c${seen.n}`} label={confirm} error={errors.confirm} /> : null}
      <div>
        <SubmitButton label={strings.submit} pendingLabel={strings.pending} variant={variant} />
      </div>
    </form>
  );
}
