"use client";
import { useActionState, useState } from "react";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import type { ColumnMapping, ImportField } from "@/lib/import/fields";
import { saveImportMappingAction } from "@/lib/import/actions";

export const MAPPING_GROUPS: Record<"person" | "household" | "placement", readonly ImportField[]> = {
  person: ["nik", "name", "sex", "birthPlace", "birthDate", "address", "dusun", "rt", "rw", "phone", "education", "maritalStatus"],
  household: ["kkNumber", "relationToHead"],
  placement: ["countryCode", "jobCode", "recruiterName", "departureDate"],
};

export type MappingFormStrings = {
  groups: Record<keyof typeof MAPPING_GROUPS, string>;
  /** Field labels, required ones already marked. */
  fields: Record<ImportField, string>;
  notImported: string;
  submit: string;
  pending: string;
};

/** For each Lontar field, the file's column it comes from (or none). */
export function MappingForm({
  importId,
  mapping,
  columns,
  strings,
}: {
  importId: string;
  mapping: ColumnMapping;
  columns: { value: string; label: string }[];
  strings: MappingFormStrings;
}) {
  const [state, action] = useActionState(saveImportMappingAction, IDLE);
  // A new key per answer remounts the selects with the submitted choices (React resets a form after its action).
  const [seen, setSeen] = useState<{ state: FormState; n: number }>({ state, n: 0 });
  if (seen.state !== state) setSeen({ state, n: seen.n + 1 });
  const chosen = (field: ImportField) => (state.values ? (state.values[field] ?? "") : mapping[field] === null ? "" : String(mapping[field]));
  const options = [{ value: "", label: strings.notImported }, ...columns];

  return (
    <form action={action} className="flex flex-col gap-6">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={importId} />
      <div key={seen.n} className="flex flex-col gap-6">
        {(Object.keys(MAPPING_GROUPS) as (keyof typeof MAPPING_GROUPS)[]).map((group) => (
          <fieldset key={group} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <legend className="px-1 text-base font-semibold">{strings.groups[group]}</legend>
            <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
              {MAPPING_GROUPS[group].map((field) => (
                <SelectField
                  key={field}
                  label={strings.fields[field]}
                  name={field}
                  options={options}
                  defaultValue={chosen(field)}
                  error={state.fieldErrors?.[field]}
                />
              ))}
            </div>
          </fieldset>
        ))}
      </div>
      <div>
        <SubmitButton label={strings.submit} pendingLabel={strings.pending} />
      </div>
    </form>
  );
}
