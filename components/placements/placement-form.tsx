"use client";
import { useActionState, useState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { jobNotices } from "@/lib/placements/job-notices";
import { createPlacementAction, updatePlacementAction } from "@/lib/placements/actions";
import type { PlacementFormStrings } from "./placement-strings";

type Option = { value: string; label: string };
export type CountryOption = Option & { moratoriumHousehold: boolean };
export type JobOption = Option & { zeroCost: boolean; household: boolean };

export const PLACEMENT_TEXT_FIELDS = [
  "countryCode", "jobCode", "employer", "recruiterName", "agentName", "agentPhone", "sip2miNumber", "channel",
  "contractStart", "contractEnd", "departureDate", "returnDate", "contactAbroadName", "contactAbroadPhone",
] as const;
export type PlacementFormValues = Record<(typeof PLACEMENT_TEXT_FIELDS)[number], string>;

type Props = {
  mode: "create" | "edit";
  /** create: the person; edit: the placement and the version it was loaded with. */
  personId?: string;
  placement?: { id: string; version: number };
  values: PlacementFormValues;
  countries: CountryOption[];
  jobs: JobOption[];
  channels: Option[];
  strings: PlacementFormStrings & { submit: string; pending: string; okText?: string };
};

export function PlacementForm({ mode, personId, placement, values, countries, jobs, channels, strings }: Props) {
  const [state, action] = useActionState(mode === "create" ? createPlacementAction : updatePlacementAction, IDLE);
  // A new key per answer remounts the fields with the submitted values (React resets a form after its action).
  const [seen, setSeen] = useState<{ state: FormState; n: number }>({ state, n: 0 });
  if (seen.state !== state) setSeen({ state, n: seen.n + 1 });
  const shown: PlacementFormValues = state.values ? { ...values, ...pick(state.values) } : values;

  return (
    <form action={action} className="flex flex-col gap-6">
      <FormMessage state={state} okText={strings.okText} />
      {personId ? <input type="hidden" name="personId" value={personId} /> : null}
      {placement ? (
        <>
          <input type="hidden" name="id" value={placement.id} />
          <input type="hidden" name="version" value={placement.version} />
        </>
      ) : null}
      <PlacementFields key={seen.n} values={shown} errors={state.fieldErrors ?? {}} countries={countries} jobs={jobs} channels={channels} strings={strings} />
      <div>
        <SubmitButton label={strings.submit} pendingLabel={strings.pending} />
      </div>
    </form>
  );
}

function pick(values: Record<string, string>): Partial<PlacementFormValues> {
  return Object.fromEntries(PLACEMENT_TEXT_FIELDS.filter((k) => k in values).map((k) => [k, values[k]]));
}

const fieldset = "grid grid-cols-1 gap-4 rounded-md border border-slate-200 p-4 sm:grid-cols-2";
const legend = "px-1 text-sm font-semibold text-slate-800";

function PlacementFields({
  values, errors, countries, jobs, channels, strings,
}: {
  values: PlacementFormValues;
  errors: Record<string, string>;
  countries: CountryOption[];
  jobs: JobOption[];
  channels: Option[];
  strings: PlacementFormStrings;
}) {
  const [countryCode, setCountryCode] = useState(values.countryCode);
  const [jobCode, setJobCode] = useState(values.jobCode);
  const notices = jobNotices(jobs.find((j) => j.value === jobCode), countries.find((c) => c.value === countryCode));
  const f = strings.fields;

  return (
    <>
      <fieldset className={fieldset}>
        <legend className={legend}>{strings.sectionTrip}</legend>
        <SelectField label={f.countryCode} name="countryCode" required defaultValue={values.countryCode} onChange={(e) => setCountryCode(e.target.value)}
          options={[{ value: "", label: strings.chooseCountry }, ...countries]} error={errors.countryCode} />
        <SelectField label={f.jobCode} name="jobCode" required defaultValue={values.jobCode} onChange={(e) => setJobCode(e.target.value)}
          options={[{ value: "", label: strings.chooseJob }, ...jobs]} error={errors.jobCode} />
        <div aria-live="polite" className="flex flex-col gap-2 sm:col-span-2">
          {notices.zeroCost ? <p className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">{strings.zeroCost}</p> : null}
          {notices.moratoriumWarning ? <p className="rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-900">{strings.moratorium}</p> : null}
        </div>
        <TextField label={f.employer} name="employer" maxLength={200} defaultValue={values.employer} error={errors.employer} />
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>{strings.sectionRecruitment}</legend>
        <SelectField label={f.channel} name="channel" required defaultValue={values.channel}
          options={[{ value: "", label: strings.chooseChannel }, ...channels]} error={errors.channel} />
        <TextField label={f.recruiterName} name="recruiterName" maxLength={200} defaultValue={values.recruiterName} hint={strings.recruiterHint} error={errors.recruiterName} />
        <TextField label={f.sip2miNumber} name="sip2miNumber" maxLength={100} defaultValue={values.sip2miNumber} error={errors.sip2miNumber} />
        <TextField label={f.agentName} name="agentName" maxLength={100} defaultValue={values.agentName} hint={strings.agentHint} error={errors.agentName} />
        <TextField label={f.agentPhone} name="agentPhone" type="tel" maxLength={30} defaultValue={values.agentPhone} error={errors.agentPhone} />
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>{strings.sectionDates}</legend>
        <TextField label={f.contractStart} name="contractStart" type="date" defaultValue={values.contractStart} error={errors.contractStart} />
        <TextField label={f.contractEnd} name="contractEnd" type="date" defaultValue={values.contractEnd} error={errors.contractEnd} />
        <TextField label={f.departureDate} name="departureDate" type="date" defaultValue={values.departureDate} hint={strings.dateHint} error={errors.departureDate} />
        <TextField label={f.returnDate} name="returnDate" type="date" defaultValue={values.returnDate} hint={strings.dateHint} error={errors.returnDate} />
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>{strings.sectionContact}</legend>
        <TextField label={f.contactAbroadName} name="contactAbroadName" maxLength={100} defaultValue={values.contactAbroadName} error={errors.contactAbroadName} />
        <TextField label={f.contactAbroadPhone} name="contactAbroadPhone" type="tel" maxLength={30} defaultValue={values.contactAbroadPhone} hint={strings.phoneHint} error={errors.contactAbroadPhone} />
      </fieldset>
    </>
  );
}
