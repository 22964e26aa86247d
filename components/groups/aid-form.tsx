"use client";
import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormRound } from "@/components/cases/use-form-round";
import { IDLE } from "@/lib/actions/form-state";
import { recordAidAction } from "@/lib/empowerment/money/actions";

export type AidFormStrings = {
  title: string; item: string; itemHint: string; value: string; valueHint: string; giver: string; giverHint: string; givenOn: string; submit: string; pending: string; done: string;
};

/** "Catat bantuan": the value is typed the Indonesian way (15.000.000), so the field is text. */
export function AidForm({ groupId, today, strings: s }: { groupId: string; today: string; strings: AidFormStrings }) {
  const [state, action] = useActionState(recordAidAction, IDLE);
  const round = useFormRound(state);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} aria-labelledby="aid-form-title" className="flex flex-col gap-4 rounded-md border border-slate-200 p-4">
      <h3 id="aid-form-title" className="text-base font-semibold">{s.title}</h3>
      <FormMessage state={state} okText={s.done} />
      <input type="hidden" name="groupId" value={groupId} />
      <div key={round} className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField id="aid-item" name="item" required maxLength={200} label={s.item} hint={s.itemHint} defaultValue={v.item ?? ""} error={e.item} />
        <TextField id="aid-valueRupiah" name="valueRupiah" required inputMode="numeric" autoComplete="off" maxLength={40} label={s.value} hint={s.valueHint} defaultValue={v.valueRupiah ?? ""} error={e.valueRupiah} />
        <TextField id="aid-giver" name="giver" required maxLength={200} label={s.giver} hint={s.giverHint} defaultValue={v.giver ?? ""} error={e.giver} />
        <TextField id="aid-givenOn" name="givenOn" type="date" required max={today} label={s.givenOn} defaultValue={v.givenOn ?? ""} error={e.givenOn} />
      </div>
      <div>
        <SubmitButton label={s.submit} pendingLabel={s.pending} />
      </div>
    </form>
  );
}
