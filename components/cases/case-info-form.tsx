"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { updateCaseInfoAction } from "@/lib/cases/actions";
import type { ReportCaseStrings } from "./report-case-form";

type Option = { value: string; label: string };
export type CaseInfoValues = Record<
  "workerName" | "workerDescription" | "reporterName" | "reporterRelation" | "reporterPhone" | "reporterAddress" | "category" | "countryCode" | "whatHappened" | "happenedOn",
  string
> & { urgent: boolean };

/** Corrects or adds to the intake. The worker's name is the registry's when the case is linked to a person. */
export function CaseInfoForm({ caseId, version, linked, values, strings: s, extra, categories, countries }: {
  caseId: string;
  version: number;
  linked: boolean;
  values: CaseInfoValues;
  strings: ReportCaseStrings;
  extra: { urgent: string; submit: string; working: string; workerFromRegistry: string };
  categories: Option[];
  countries: Option[];
}) {
  const [state, action] = useActionState(updateCaseInfoAction, IDLE);
  const v = state.values;
  const e = state.fieldErrors ?? {};
  const val = (name: keyof CaseInfoValues) => (v ? (v[name] ?? "") : String(values[name] ?? ""));
  return (
    <form action={action} className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2"><FormMessage state={state} /></div>
      <input type="hidden" name="id" value={caseId} />
      <input type="hidden" name="version" value={version} />
      {linked ? (
        <p className="text-sm text-slate-700 sm:col-span-2">{extra.workerFromRegistry}</p>
      ) : (
        <TextField id="info-workerName" name="workerName" label={s.workerName} required maxLength={200} defaultValue={val("workerName")} error={e.workerName} />
      )}
      <TextAreaField id="info-workerDescription" name="workerDescription" label={s.workerDescription} rows={2} maxLength={1000} defaultValue={val("workerDescription")} error={e.workerDescription} />
      <TextField id="info-reporterName" name="reporterName" label={s.reporterName} required maxLength={200} defaultValue={val("reporterName")} error={e.reporterName} />
      <TextField id="info-reporterRelation" name="reporterRelation" label={s.reporterRelation} maxLength={100} defaultValue={val("reporterRelation")} error={e.reporterRelation} />
      <TextField id="info-reporterPhone" name="reporterPhone" type="tel" label={s.reporterPhone} maxLength={30} defaultValue={val("reporterPhone")} error={e.reporterPhone} />
      <TextField id="info-reporterAddress" name="reporterAddress" label={s.reporterAddress} maxLength={300} defaultValue={val("reporterAddress")} error={e.reporterAddress} />
      <SelectField id="info-category" name="category" label={s.category} required options={categories} defaultValue={val("category")} error={e.category} />
      <SelectField id="info-countryCode" name="countryCode" label={s.country} options={countries} defaultValue={val("countryCode")} error={e.countryCode} />
      <div className="sm:col-span-2">
        <TextAreaField id="info-whatHappened" name="whatHappened" label={s.whatHappened} required rows={4} maxLength={5000} defaultValue={val("whatHappened")} error={e.whatHappened} />
      </div>
      <TextField id="info-happenedOn" name="happenedOn" type="date" label={s.happenedOn} defaultValue={val("happenedOn")} error={e.happenedOn} />
      <label className="flex items-center gap-2 self-end text-base">
        <input type="checkbox" name="urgent" defaultChecked={v ? v.urgent === "on" : values.urgent} className="h-4 w-4" />
        <span>{extra.urgent}</span>
      </label>
      <div className="sm:col-span-2">
        <SubmitButton label={extra.submit} pendingLabel={extra.working} />
      </div>
    </form>
  );
}
