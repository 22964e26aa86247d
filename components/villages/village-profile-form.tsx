"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { updateVillageProfileAction } from "@/lib/villages/actions";

type Key = "officeAddress" | "officePhone" | "kkbmContactName" | "kkbmPhone" | "letterhead" | "headName" | "letterCode";
export type VillageProfileStrings = Record<Key | "contacts" | "letters" | "letterheadHint" | "letterCodeHint" | "save" | "saving", string>;

export function VillageProfileForm({ values, strings: s }: { values: Record<Key, string>; strings: VillageProfileStrings }) {
  const [state, action] = useActionState(updateVillageProfileAction, IDLE);
  const v = state.values ?? values;
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="flex flex-col gap-6">
      <FormMessage state={state} />
      <fieldset className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{s.contacts}</legend>
        <div className="sm:col-span-2">
          <TextField name="officeAddress" label={s.officeAddress} maxLength={300} defaultValue={v.officeAddress ?? ""} error={e.officeAddress} />
        </div>
        <TextField name="officePhone" type="tel" label={s.officePhone} maxLength={30} defaultValue={v.officePhone ?? ""} error={e.officePhone} />
        <TextField name="kkbmContactName" label={s.kkbmContactName} maxLength={100} defaultValue={v.kkbmContactName ?? ""} error={e.kkbmContactName} />
        <TextField name="kkbmPhone" type="tel" label={s.kkbmPhone} maxLength={30} defaultValue={v.kkbmPhone ?? ""} error={e.kkbmPhone} />
      </fieldset>
      <fieldset className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{s.letters}</legend>
        <div className="sm:col-span-2">
          <TextAreaField name="letterhead" label={s.letterhead} hint={s.letterheadHint} rows={4} maxLength={400} defaultValue={v.letterhead ?? ""} error={e.letterhead} />
        </div>
        <TextField name="headName" label={s.headName} maxLength={100} defaultValue={v.headName ?? ""} error={e.headName} />
        <TextField name="letterCode" label={s.letterCode} hint={s.letterCodeHint} maxLength={20} defaultValue={v.letterCode ?? ""} error={e.letterCode} />
      </fieldset>
      <div>
        <SubmitButton label={s.save} pendingLabel={s.saving} />
      </div>
    </form>
  );
}
