"use client";
import Link from "next/link";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { reportCaseAction } from "@/lib/cases/actions";
import type { ReportedCase } from "@/lib/cases/report-case";

type Option = { value: string; label: string };
export type ReportCaseStrings = Record<
  | "workerSection" | "reporterSection" | "caseSection" | "workerName" | "workerDescription" | "workerDescriptionHint"
  | "reporterName" | "reporterRelation" | "reporterRelationHint" | "reporterPhone" | "reporterAddress" | "category"
  | "country" | "whatHappened" | "whatHappenedHint" | "happenedOn" | "urgency" | "submit" | "submitting"
  | "doneTitle" | "doneIntro" | "trackingCode" | "pin" | "followAt" | "openCase" | "print" | "another" | "chosen",
  string
>;

type Props = {
  strings: ReportCaseStrings;
  categories: Option[];
  countries: Option[];
  urgencies: Option[];
  person: { id: string; name: string } | null;
  placementId: string | null;
  reportId: string | null;
  defaults: { category?: string; countryCode?: string; reporterName?: string; reporterPhone?: string; whatHappened?: string };
};

/** The intake form. On success it shows the tracking code and the PIN (once) instead of redirecting. */
export function ReportCaseForm({ strings: s, categories, countries, urgencies, person, placementId, reportId, defaults }: Props) {
  const [state, action] = useActionState(reportCaseAction, IDLE);
  const made = state.status === "ok" ? (state.data as ReportedCase) : null;
  if (made) {
    return (
      <section aria-labelledby="case-made-title" className="flex flex-col gap-3 rounded-lg border border-green-300 bg-green-50 p-4 sm:p-6">
        <h2 id="case-made-title" role="status">{s.doneTitle.replace("{number}", made.number)}</h2>
        <p>{s.doneIntro}</p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-lg">
          <dt>{s.trackingCode}</dt>
          <dd className="font-mono font-semibold" data-testid="tracking-code">{made.trackingCode}</dd>
          <dt>{s.pin}</dt>
          <dd className="font-mono font-semibold" data-testid="tracking-pin">{made.pin}</dd>
        </dl>
        <p>{s.followAt.replace("{url}", `${window.location.origin}/kasus`)}</p>
        <div className="flex flex-wrap gap-3 print:hidden">
          <Link className="font-semibold" href={`/cases/${made.id}`}>{s.openCase}</Link>
          <button type="button" className="underline" onClick={() => window.print()}>{s.print}</button>
          {/* A full reload on purpose: the answer holding the PIN is dropped from memory with it. */}
          {/* eslint-disable-next-line @next/next/no-location-assign-relative-destination */}
          <button type="button" className="underline" onClick={() => window.location.assign("/cases/new")}>{s.another}</button>
        </div>
      </section>
    );
  }
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const val = (name: string, fallback = "") => v[name] ?? fallback;
  return (
    <form action={action} className="flex flex-col gap-6" noValidate>
      <FormMessage state={state} />
      {person ? <input type="hidden" name="personId" value={person.id} /> : null}
      {placementId ? <input type="hidden" name="placementId" value={placementId} /> : null}
      {reportId ? <input type="hidden" name="reportId" value={reportId} /> : null}
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">{s.workerSection}</legend>
        {person ? (
          <p className="text-base">{s.chosen.replace("{name}", person.name)}</p>
        ) : (
          <TextField name="workerName" label={s.workerName} required maxLength={200} defaultValue={val("workerName")} error={e.workerName} />
        )}
        <TextAreaField name="workerDescription" label={s.workerDescription} hint={s.workerDescriptionHint} rows={2} maxLength={1000} defaultValue={val("workerDescription")} error={e.workerDescription} />
        {e.personId ? <p role="alert" className="text-sm text-red-700">{e.personId}</p> : null}
      </fieldset>
      <fieldset className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{s.reporterSection}</legend>
        <TextField name="reporterName" label={s.reporterName} required maxLength={200} defaultValue={val("reporterName", defaults.reporterName)} error={e.reporterName} />
        <TextField name="reporterRelation" label={s.reporterRelation} hint={s.reporterRelationHint} maxLength={100} defaultValue={val("reporterRelation")} error={e.reporterRelation} />
        <TextField name="reporterPhone" type="tel" inputMode="tel" autoComplete="off" label={s.reporterPhone} maxLength={30} defaultValue={val("reporterPhone", defaults.reporterPhone)} error={e.reporterPhone} />
        <TextField name="reporterAddress" label={s.reporterAddress} maxLength={300} defaultValue={val("reporterAddress")} error={e.reporterAddress} />
      </fieldset>
      <fieldset className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{s.caseSection}</legend>
        <SelectField name="category" label={s.category} required options={categories} defaultValue={val("category", defaults.category)} error={e.category} />
        <SelectField name="countryCode" label={s.country} options={countries} defaultValue={val("countryCode", defaults.countryCode)} error={e.countryCode} />
        <div className="sm:col-span-2">
          <TextAreaField name="whatHappened" label={s.whatHappened} hint={s.whatHappenedHint} required rows={5} maxLength={5000} defaultValue={val("whatHappened", defaults.whatHappened)} error={e.whatHappened} />
        </div>
        <TextField name="happenedOn" type="date" label={s.happenedOn} defaultValue={val("happenedOn")} error={e.happenedOn} />
        <SelectField name="urgency" label={s.urgency} options={urgencies} defaultValue={val("urgency", "auto")} error={e.urgency} />
      </fieldset>
      <div>
        <SubmitButton label={s.submit} pendingLabel={s.submitting} />
      </div>
    </form>
  );
}
