"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { changePlacementStatusAction } from "@/lib/placements/actions";
import type { PlacementStatus } from "@/lib/placements/transitions";
import { ConfirmBox } from "./fields";
import { TextField } from "@/components/ui/field";

export type StatusChangeSpec = {
  to: PlacementStatus;
  label: string;
  intro: string;
  /** A date the change needs and the placement does not have yet (asked for, prefilled when known). */
  date?: { name: "departureDate" | "returnDate"; label: string; value: string };
  /** A statement to tick: cancelling, or leaving without the village's verification. */
  confirm?: { name: "confirm" | "confirmUnverified"; label: string };
  /** Shown under the button, e.g. "verify every checklist item first". */
  note?: string;
};

/** One status change as a plain form: works without JavaScript; on success the action redirects. */
export function StatusChangeForm({ placementId, version, spec, pending }: { placementId: string; version: number; spec: StatusChangeSpec; pending: string }) {
  const [state, action] = useActionState(changePlacementStatusAction, IDLE);
  const prefix = `status-${spec.to}`;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} aria-labelledby={`${prefix}-title`} className="flex flex-col items-start gap-3 rounded-md border border-slate-200 p-4">
      <h3 id={`${prefix}-title`} className="text-base font-semibold">{spec.label}</h3>
      <p className="text-sm text-slate-700">{spec.intro}</p>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={placementId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="to" value={spec.to} />
      {spec.date ? (
        <TextField id={`${prefix}-${spec.date.name}`} name={spec.date.name} type="date" required label={spec.date.label} defaultValue={state.values?.[spec.date.name] ?? spec.date.value} error={errors[spec.date.name]} />
      ) : null}
      {spec.confirm ? <ConfirmBox id={`${prefix}-${spec.confirm.name}`} name={spec.confirm.name} label={spec.confirm.label} error={errors[spec.confirm.name]} /> : null}
      {spec.note ? <p className="text-sm text-amber-900">{spec.note}</p> : null}
      <SubmitButton label={spec.label} pendingLabel={pending} variant={spec.to === "CANCELLED" ? "danger" : "primary"} />
    </form>
  );
}
