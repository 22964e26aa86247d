"use client";
import { useActionState, useState } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { createHouseholdAction, updateHouseholdAction } from "@/lib/registry/household-actions";

type Option = { value: string; label: string };

export type HouseholdFormStrings = {
  card: string;
  kkNumber: string;
  kkHint: string;
  address: string;
  dusun: string;
  rt: string;
  rw: string;
  members: string;
  membersHint: string;
  memberNik: string;
  memberRelation: string;
  /** "Anggota": the row number is added here. */
  row: string;
  choose: string;
  submit: string;
  pending: string;
};

export type HouseholdFormValues = { kkNumber: string; address: string; dusun: string; rt: string; rw: string; members: { nik: string; relation: string }[] };

type Props = {
  mode: "create" | "edit";
  record?: { id: string; loadedAt: string };
  values: HouseholdFormValues;
  /** How many member rows to offer (filled ones plus empty ones). */
  rows: number;
  relations: Option[];
  strings: HouseholdFormStrings;
};

/** The Kartu Keluarga: its number, address and members, each named by NIK with the relation to the head. */
export function HouseholdForm({ mode, record, values, rows, relations, strings }: Props) {
  const [state, action] = useActionState(mode === "create" ? createHouseholdAction : updateHouseholdAction, IDLE);
  const [seen, setSeen] = useState<{ state: FormState; n: number }>({ state, n: 0 });
  if (seen.state !== state) setSeen({ state, n: seen.n + 1 });
  const v = state.values;
  const field = (name: keyof Omit<HouseholdFormValues, "members">) => (v ? (v[name] ?? "") : values[name]);
  const member = (i: number, part: "nik" | "relation") => (v ? (v[`members.${i}.${part}`] ?? "") : (values.members[i]?.[part] ?? ""));
  const errors = state.fieldErrors ?? {};

  return (
    <form action={action} className="flex flex-col gap-6" noValidate>
      <FormMessage state={state} />
      {record ? (
        <>
          <input type="hidden" name="id" value={record.id} />
          <input type="hidden" name="loadedAt" value={record.loadedAt} />
        </>
      ) : null}
      <div key={seen.n} className="flex flex-col gap-6">
        <fieldset className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <legend className="mb-2 text-base font-semibold">{strings.card}</legend>
          <div className="sm:col-span-2">
            <TextField label={strings.kkNumber} name="kkNumber" inputMode="numeric" autoComplete="off" maxLength={24} required defaultValue={field("kkNumber")} hint={strings.kkHint} error={errors.kkNumber} />
          </div>
          <div className="sm:col-span-2">
            <TextAreaField label={strings.address} name="address" rows={2} maxLength={200} defaultValue={field("address")} error={errors.address} />
          </div>
          <TextField label={strings.dusun} name="dusun" maxLength={60} defaultValue={field("dusun")} error={errors.dusun} />
          <div className="grid grid-cols-2 gap-4">
            <TextField label={strings.rt} name="rt" inputMode="numeric" maxLength={3} defaultValue={field("rt")} error={errors.rt} />
            <TextField label={strings.rw} name="rw" inputMode="numeric" maxLength={3} defaultValue={field("rw")} error={errors.rw} />
          </div>
        </fieldset>

        <fieldset className="flex flex-col gap-3" aria-describedby="members-hint">
          <legend className="mb-2 text-base font-semibold">{strings.members}</legend>
          <p id="members-hint" className="text-sm text-slate-600">
            {strings.membersHint}
          </p>
          {errors.members ? (
            <p role="alert" className="text-sm text-red-700">
              {errors.members}
            </p>
          ) : null}
          <ol className="flex flex-col gap-3">
            {Array.from({ length: rows }, (_, i) => (
              <li key={i} className="grid grid-cols-1 gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-2">
                <TextField
                  label={`${strings.row} ${i + 1}: ${strings.memberNik}`}
                  name={`members.${i}.nik`}
                  inputMode="numeric"
                  autoComplete="off"
                  maxLength={24}
                  defaultValue={member(i, "nik")}
                  error={errors[`members.${i}.nik`]}
                />
                <SelectField
                  label={`${strings.row} ${i + 1}: ${strings.memberRelation}`}
                  name={`members.${i}.relation`}
                  defaultValue={member(i, "relation")}
                  options={[{ value: "", label: strings.choose }, ...relations]}
                  error={errors[`members.${i}.relation`]}
                />
              </li>
            ))}
          </ol>
        </fieldset>
      </div>
      <div>
        <SubmitButton label={strings.submit} pendingLabel={strings.pending} />
      </div>
    </form>
  );
}
