"use client";
import { useActionState } from "react";
import { useFormRound } from "@/components/cases/use-form-round";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { updateDepartureCheckAction } from "@/lib/perdes/checklist/actions";

type Option = { value: string; label: string };

export type DepartureCheckFormStrings = {
  status: string;
  evidenceNote: string;
  evidenceHint: string;
  recruiter: string;
  consenterName: string;
  consenterRelation: string;
  save: string;
  saving: string;
  saved: string;
  /** With {licence} already filled in per licence status. */
  failedOnLicence: Record<string, string>;
};

type Props = {
  check: { id: string; version: number; kind: string; label: string };
  values: { status: string; evidenceNote: string; recruiterId: string; consenterName: string; consenterRelation: string };
  statuses: Option[];
  /** RECRUITER_CHECK: registry entries to choose from (the first is the "choose" prompt). */
  recruiters?: Option[];
  /** FAMILY_CONSENT: spouse, parent, guardian (the first is the "choose" prompt). */
  relations?: Option[];
  strings: DepartureCheckFormStrings;
};

/** One pre-departure check: answers in place; the page re-renders with the new progress. */
export function DepartureCheckForm({ check, values, statuses, recruiters, relations, strings: s }: Props) {
  const [state, action] = useActionState(updateDepartureCheckAction, IDLE);
  const round = useFormRound(state);
  const v = state.status === "error" && state.values ? { ...values, ...state.values } : values;
  const e = state.fieldErrors ?? {};
  const id = (field: string) => `check-${check.id}-${field}`;
  const failed = state.status === "ok" ? (state.data as { failedOnLicence?: string | null } | undefined)?.failedOnLicence : null;
  return (
    <form action={action} aria-label={check.label} className="mt-3 flex flex-col gap-3 border-t border-slate-200 pt-3">
      {failed ? (
        <p role="alert" className="rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950">{s.failedOnLicence[failed] ?? failed}</p>
      ) : (
        <FormMessage state={state} okText={s.saved} />
      )}
      <input type="hidden" name="id" value={check.id} />
      <input type="hidden" name="version" value={check.version} />
      <div key={`${round}-${check.version}`} className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <SelectField id={id("status")} name="status" label={s.status} defaultValue={v.status} options={statuses} error={e.status} />
        {recruiters ? <SelectField id={id("recruiterId")} name="recruiterId" label={s.recruiter} defaultValue={v.recruiterId} options={recruiters} error={e.recruiterId} /> : null}
        {relations ? (
          <>
            <TextField id={id("consenterName")} name="consenterName" label={s.consenterName} maxLength={200} defaultValue={v.consenterName} error={e.consenterName} autoComplete="off" />
            <SelectField id={id("consenterRelation")} name="consenterRelation" label={s.consenterRelation} defaultValue={v.consenterRelation} options={relations} error={e.consenterRelation} />
          </>
        ) : null}
        <div className="sm:col-span-2">
          <TextAreaField id={id("evidenceNote")} name="evidenceNote" rows={2} maxLength={1000} label={s.evidenceNote} hint={s.evidenceHint} defaultValue={v.evidenceNote} error={e.evidenceNote} />
        </div>
      </div>
      <div>
        <SubmitButton label={s.save} pendingLabel={s.saving} variant="secondary" />
      </div>
    </form>
  );
}
