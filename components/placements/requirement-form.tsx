"use client";
import { useActionState, useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { updateRequirementAction } from "@/lib/placements/actions";
import { TextField, SelectField } from "@/components/ui/field";

export type RequirementFormStrings = { status: string; date: string; dateHint: string; note: string; save: string; saving: string; saved: string };

type Props = {
  placementId: string;
  code: string;
  /** The item's name, so that each of the page's many "Save" buttons says what it saves. */
  itemLabel: string;
  values: { status: string; date: string; note: string };
  statuses: { value: string; label: string }[];
  strings: RequirementFormStrings;
};

/** One checklist item: status, date, note. Answers in place; the page re-renders with the new progress. */
export function RequirementForm({ placementId, code, itemLabel, values, statuses, strings }: Props) {
  const [state, action] = useActionState(updateRequirementAction, IDLE);
  const [seen, setSeen] = useState<{ state: FormState; n: number }>({ state, n: 0 });
  if (seen.state !== state) setSeen({ state, n: seen.n + 1 });
  const v = state.status === "error" && state.values ? { status: state.values.status ?? "", date: state.values.date ?? "", note: state.values.note ?? "" } : values;
  const errors = state.fieldErrors ?? {};
  const id = (field: string) => `req-${code}-${field}`;

  return (
    <form action={action} className="mt-3 flex flex-col gap-3" aria-label={itemLabel}>
      <FormMessage state={state} okText={strings.saved} />
      <input type="hidden" name="placementId" value={placementId} />
      <input type="hidden" name="code" value={code} />
      <div key={seen.n} className="grid grid-cols-1 gap-3 sm:grid-cols-[minmax(10rem,1fr)_minmax(10rem,1fr)_2fr]">
        <SelectField id={id("status")} name="status" label={strings.status} defaultValue={v.status} options={statuses} error={errors.status} />
        <TextField id={id("date")} name="date" type="date" label={strings.date} defaultValue={v.date} hint={strings.dateHint} error={errors.date} />
        <TextField id={id("note")} name="note" label={strings.note} maxLength={500} defaultValue={v.note} error={errors.note} />
      </div>
      <div>
        <SubmitButton label={strings.save} pendingLabel={strings.saving} variant="secondary" />
      </div>
    </form>
  );
}
