"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { updateScorecardThresholdsAction } from "@/lib/perdes/scorecard/actions";
import type { ScorecardThresholds } from "@/lib/perdes/scorecard/status";

type Field = keyof ScorecardThresholds;
const FIELDS: { name: Field; max: number }[] = [
  { name: "minVerifiedSharePct", max: 100 },
  { name: "maxNonProcedural", max: 999 },
  { name: "minCasesOnTimeSharePct", max: 100 },
  { name: "minSessionsPerQuarter", max: 30 },
];

/** The four "Desa PMI Prosedural" thresholds of the staff member's region. */
export function ThresholdsForm({ values, strings }: { values: ScorecardThresholds; strings: Record<Field, { label: string; hint: string }> & { save: string; saving: string } }) {
  const [state, action] = useActionState(updateScorecardThresholdsAction, IDLE);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} />
      {FIELDS.map((f) => (
        <TextField
          key={f.name}
          name={f.name}
          type="number"
          inputMode="numeric"
          min={0}
          max={f.max}
          step={1}
          required
          label={strings[f.name].label}
          hint={strings[f.name].hint}
          defaultValue={v[f.name] ?? String(values[f.name])}
          error={e[f.name]}
        />
      ))}
      <div>
        <SubmitButton label={strings.save} pendingLabel={strings.saving} />
      </div>
    </form>
  );
}
