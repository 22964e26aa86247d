"use client";
import Link from "next/link";
import { useActionState, useState } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import type { NikTakenData } from "@/lib/registry/errors";
import { createPersonAction, updatePersonAction } from "@/lib/registry/person-actions";
import { TransferRequestForm, type TransferRequestStrings } from "./transfer-request-form";

type Option = { value: string; label: string };

export type PersonFormStrings = {
  identity: string;
  addressSection: string;
  otherSection: string;
  householdSection: string;
  nik: string;
  nikHint: string;
  name: string;
  sex: string;
  birthPlace: string;
  birthDate: string;
  address: string;
  dusun: string;
  rt: string;
  rw: string;
  rtRwHint: string;
  phone: string;
  phoneHint: string;
  education: string;
  maritalStatus: string;
  passportNumber: string;
  passportHint: string;
  healthNotes: string;
  healthNotesHint: string;
  healthNotesKeepHint: string;
  clearHealthNotes: string;
  household: string;
  relationToHead: string;
  choose: string;
  openExisting: string;
  submit: string;
  pending: string;
};

export type PersonFormValues = Record<
  "nik" | "name" | "sex" | "birthPlace" | "birthDate" | "address" | "dusun" | "rt" | "rw" | "phone" | "education" | "maritalStatus" | "passportNumber" | "relationToHead",
  string
>;

type Props = {
  mode: "create" | "edit";
  /** Edit: the person's id and the version the form was loaded with. */
  record?: { id: string; version: number; hasHealthNotes: boolean };
  values: PersonFormValues;
  /** The household the person is (or will be) a member of. */
  household: { id: string; kkNumber: string } | null;
  options: { sexes: Option[]; educations: Option[]; maritalStatuses: Option[]; relations: Option[] };
  strings: PersonFormStrings;
  transfer: TransferRequestStrings;
};

export function PersonForm({ mode, record, values, household, options, strings, transfer }: Props) {
  const [state, action] = useActionState(mode === "create" ? createPersonAction : updatePersonAction, IDLE);
  // A new key per answer remounts the fields with the values sent (React resets a form after its action).
  const [seen, setSeen] = useState<{ state: FormState; n: number }>({ state, n: 0 });
  if (seen.state !== state) setSeen({ state, n: seen.n + 1 });

  const shown: PersonFormValues = state.values ? { ...values, ...(state.values as Partial<PersonFormValues>) } : values;
  const errors = state.fieldErrors ?? {};
  const taken = (state.data as NikTakenData | undefined)?.nikTaken;
  const choose = (opts: Option[]) => [{ value: "", label: strings.choose }, ...opts];

  return (
    <>
      <form action={action} className="flex flex-col gap-6" noValidate>
        <FormMessage state={state} />
        {record ? (
          <>
            <input type="hidden" name="id" value={record.id} />
            <input type="hidden" name="version" value={record.version} />
          </>
        ) : null}
        <div key={seen.n} className="flex flex-col gap-6">
          <fieldset className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <legend className="mb-2 text-base font-semibold">{strings.identity}</legend>
            <div className="sm:col-span-2">
              <TextField label={strings.nik} name="nik" inputMode="numeric" autoComplete="off" maxLength={24} required defaultValue={shown.nik} hint={strings.nikHint} error={errors.nik} />
              {taken?.where === "sameVillage" && taken.personId ? (
                <p className="mt-1 text-sm">
                  <Link href={`/registry/people/${taken.personId}`}>{strings.openExisting}</Link>
                </p>
              ) : null}
            </div>
            <TextField label={strings.name} name="name" autoComplete="off" maxLength={100} required defaultValue={shown.name} error={errors.name} />
            <SelectField label={strings.sex} name="sex" required defaultValue={shown.sex} options={choose(options.sexes)} error={errors.sex} />
            <TextField label={strings.birthPlace} name="birthPlace" maxLength={60} required defaultValue={shown.birthPlace} error={errors.birthPlace} />
            <TextField label={strings.birthDate} name="birthDate" type="date" min="1900-01-01" required defaultValue={shown.birthDate} error={errors.birthDate} />
          </fieldset>

          <fieldset className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <legend className="mb-2 text-base font-semibold">{strings.addressSection}</legend>
            <div className="sm:col-span-2">
              <TextAreaField label={strings.address} name="address" rows={2} maxLength={200} defaultValue={shown.address} error={errors.address} />
            </div>
            <TextField label={strings.dusun} name="dusun" maxLength={60} defaultValue={shown.dusun} error={errors.dusun} />
            <div className="grid grid-cols-2 gap-4">
              <TextField label={strings.rt} name="rt" inputMode="numeric" maxLength={3} defaultValue={shown.rt} hint={strings.rtRwHint} error={errors.rt} />
              <TextField label={strings.rw} name="rw" inputMode="numeric" maxLength={3} defaultValue={shown.rw} error={errors.rw} />
            </div>
            <TextField label={strings.phone} name="phone" type="tel" autoComplete="off" maxLength={20} defaultValue={shown.phone} hint={strings.phoneHint} error={errors.phone} />
          </fieldset>

          <fieldset className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <legend className="mb-2 text-base font-semibold">{strings.otherSection}</legend>
            <SelectField label={strings.education} name="education" defaultValue={shown.education} options={choose(options.educations)} error={errors.education} />
            <SelectField label={strings.maritalStatus} name="maritalStatus" defaultValue={shown.maritalStatus} options={choose(options.maritalStatuses)} error={errors.maritalStatus} />
            <TextField label={strings.passportNumber} name="passportNumber" autoComplete="off" maxLength={9} defaultValue={shown.passportNumber} hint={strings.passportHint} error={errors.passportNumber} />
            <div className="sm:col-span-2">
              {/* Health notes are never sent to the browser; editing can only replace or remove them. */}
              <TextAreaField
                label={strings.healthNotes}
                name="healthNotes"
                rows={3}
                maxLength={1000}
                defaultValue={state.values?.healthNotes ?? ""}
                hint={record?.hasHealthNotes ? strings.healthNotesKeepHint : strings.healthNotesHint}
                error={errors.healthNotes}
              />
              {record?.hasHealthNotes ? (
                <label className="mt-2 flex min-h-11 items-center gap-3 text-sm">
                  <input type="checkbox" name="clearHealthNotes" className="size-5 accent-brand-700" defaultChecked={state.values?.clearHealthNotes === "on"} />
                  {strings.clearHealthNotes}
                </label>
              ) : null}
            </div>
          </fieldset>

          {household ? (
            <fieldset className="grid grid-cols-1 gap-4 sm:grid-cols-2">
              <legend className="mb-2 text-base font-semibold">{strings.householdSection}</legend>
              <input type="hidden" name="householdId" value={household.id} />
              <p className="text-sm">
                {strings.household}: <Link href={`/registry/households/${household.id}`}>{household.kkNumber}</Link>
              </p>
              <SelectField label={strings.relationToHead} name="relationToHead" required defaultValue={shown.relationToHead} options={choose(options.relations)} error={errors.relationToHead ?? errors.householdId} />
            </fieldset>
          ) : null}
        </div>
        <div>
          <SubmitButton label={strings.submit} pendingLabel={strings.pending} />
        </div>
      </form>
      {taken?.where === "otherVillage" && mode === "create" ? <TransferRequestForm nik={shown.nik} strings={transfer} /> : null}
    </>
  );
}
