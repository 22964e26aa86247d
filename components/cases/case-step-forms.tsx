"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { changeCaseStepAction } from "@/lib/cases/actions";
import type { CaseStep } from "@/lib/cases/workflow";

export type StepSpec = { step: Exclude<CaseStep, "refer">; label: string; intro: string };
export type StepStrings = { reason: string; reasonRequired: string; closeReason: string; shareable: string; working: string; confirmClose: string };

/** One form per step the actor may take; plain forms (they work without JavaScript), the action redirects. */
export function CaseStepForm({ caseId, version, spec, strings, closeReasons, canShare }: {
  caseId: string;
  version: number;
  spec: StepSpec;
  strings: StepStrings;
  closeReasons: { value: string; label: string }[];
  canShare: boolean;
}) {
  const [state, action] = useActionState(changeCaseStepAction, IDLE);
  const p = `step-${spec.step}`;
  const e = state.fieldErrors ?? {};
  const v = state.values ?? {};
  const danger = spec.step === "close";
  return (
    <form action={action} aria-labelledby={`${p}-title`} className="flex flex-col items-stretch gap-3 rounded-md border border-slate-200 p-4">
      <h3 id={`${p}-title`} className="text-base font-semibold">{spec.label}</h3>
      <p className="text-sm text-slate-700">{spec.intro}</p>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={caseId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="step" value={spec.step} />
      {spec.step === "close" ? (
        <SelectField id={`${p}-closeReason`} name="closeReason" required label={strings.closeReason} options={closeReasons} defaultValue={v.closeReason ?? ""} error={e.closeReason} />
      ) : null}
      <TextAreaField
        id={`${p}-reason`}
        name="reason"
        rows={2}
        maxLength={2000}
        required={spec.step === "reopen"}
        label={spec.step === "reopen" ? strings.reasonRequired : strings.reason}
        defaultValue={v.reason ?? ""}
        error={e.reason}
      />
      {canShare ? (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="shareable" defaultChecked={v.shareable === "on"} className="mt-1 h-4 w-4" />
          <span>{strings.shareable}</span>
        </label>
      ) : null}
      {danger ? (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="confirm" required className="mt-1 h-4 w-4" />
          <span>{strings.confirmClose}</span>
        </label>
      ) : null}
      <div>
        <SubmitButton label={spec.label} pendingLabel={strings.working} variant={danger ? "danger" : "primary"} />
      </div>
    </form>
  );
}
