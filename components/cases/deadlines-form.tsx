"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { updateCaseDeadlinesAction } from "@/lib/cases/actions";

type Row = { status: string; label: string; workingDays: number; urgentHours: number };

/** The due times of each step: one fieldset per step, two number fields each (fits a phone). */
export function DeadlinesForm({ rows, strings }: { rows: Row[]; strings: { workingDays: string; urgentHours: string; save: string; saving: string } }) {
  const [state, action] = useActionState(updateCaseDeadlinesAction, IDLE);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} />
      {rows.map((r) => (
        <fieldset key={r.status} className="grid grid-cols-2 gap-4 rounded-md border border-slate-200 p-4">
          <legend className="px-1 font-semibold">{r.label}</legend>
          {(["workingDays", "urgentHours"] as const).map((field) => {
            const name = `${r.status}.${field}`;
            return (
              <TextField
                key={name}
                id={name}
                name={name}
                type="number"
                inputMode="numeric"
                min={1}
                max={field === "workingDays" ? 250 : 2160}
                required
                label={strings[field]}
                defaultValue={v[name] ?? String(r[field])}
                error={e[name]}
              />
            );
          })}
        </fieldset>
      ))}
      <div>
        <SubmitButton label={strings.save} pendingLabel={strings.saving} />
      </div>
    </form>
  );
}
