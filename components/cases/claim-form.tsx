"use client";
import { useActionState } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { createClaimAction } from "@/lib/cases/claims/actions";
import { useFormRound } from "./use-form-round";

type Option = { value: string; label: string };
export type ClaimFormStrings = {
  title: string;
  kind: string;
  chooseKind: string;
  currency: string;
  chooseCurrency: string;
  amountClaimed: string;
  amountHint: string;
  amountRecovered: string;
  amountRecoveredHint: string;
  note: string;
  submit: string;
  pending: string;
  done: string;
};

/** "Tambah klaim": amounts are typed the Indonesian way (1.500.000,50), so the field is text. */
export function ClaimForm(props: { caseId: string; defaultCurrency: string; kinds: Option[]; currencies: Option[]; strings: ClaimFormStrings }) {
  const { strings: s } = props;
  const [state, action] = useActionState(createClaimAction, IDLE);
  const round = useFormRound(state);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} aria-labelledby="claim-form-title" className="flex flex-col gap-4 rounded-md border border-slate-200 p-4">
      <h3 id="claim-form-title" className="text-base font-semibold">{s.title}</h3>
      <FormMessage state={state} okText={s.done} />
      <input type="hidden" name="caseId" value={props.caseId} />
      <div key={round} className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectField id="claim-kind" name="kind" required label={s.kind} defaultValue={v.kind ?? ""} options={[{ value: "", label: s.chooseKind }, ...props.kinds]} error={e.kind} />
        <SelectField id="claim-currency" name="currency" required label={s.currency} defaultValue={v.currency ?? props.defaultCurrency} options={[{ value: "", label: s.chooseCurrency }, ...props.currencies]} error={e.currency} />
        <TextField id="claim-amountClaimed" name="amountClaimed" required inputMode="decimal" autoComplete="off" maxLength={40} label={s.amountClaimed} hint={s.amountHint} defaultValue={v.amountClaimed ?? ""} error={e.amountClaimed} />
        <TextField id="claim-amountRecovered" name="amountRecovered" inputMode="decimal" autoComplete="off" maxLength={40} label={s.amountRecovered} hint={s.amountRecoveredHint} defaultValue={v.amountRecovered ?? ""} error={e.amountRecovered} />
        <div className="sm:col-span-2">
          <TextAreaField id="claim-note" name="note" rows={2} maxLength={1000} label={s.note} defaultValue={v.note ?? ""} error={e.note} />
        </div>
      </div>
      <div>
        <SubmitButton label={s.submit} pendingLabel={s.pending} />
      </div>
    </form>
  );
}
