"use client";
import { useActionState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormRound } from "@/components/cases/use-form-round";
import { IDLE } from "@/lib/actions/form-state";
import { recordLoanAction } from "@/lib/empowerment/money/actions";

export type LoanFormStrings = {
  title: string; kind: string; chooseKind: string; lender: string; lenderHint: string; principal: string; principalHint: string;
  disbursedOn: string; termMonths: string; termHint: string; submit: string; pending: string; done: string;
};

/** "Catat pinjaman": a KUR or other loan to the group. */
export function LoanForm(props: { groupId: string; today: string; kinds: { value: string; label: string }[]; strings: LoanFormStrings }) {
  const { strings: s } = props;
  const [state, action] = useActionState(recordLoanAction, IDLE);
  const round = useFormRound(state);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} aria-labelledby="loan-form-title" className="flex flex-col gap-4 rounded-md border border-slate-200 p-4">
      <h3 id="loan-form-title" className="text-base font-semibold">{s.title}</h3>
      <FormMessage state={state} okText={s.done} />
      <input type="hidden" name="groupId" value={props.groupId} />
      <div key={round} className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectField id="loan-kind" name="kind" required label={s.kind} defaultValue={v.kind ?? "KUR"} options={[{ value: "", label: s.chooseKind }, ...props.kinds]} error={e.kind} />
        <TextField id="loan-lender" name="lender" required maxLength={200} label={s.lender} hint={s.lenderHint} defaultValue={v.lender ?? ""} error={e.lender} />
        <TextField id="loan-principalRupiah" name="principalRupiah" required inputMode="numeric" autoComplete="off" maxLength={40} label={s.principal} hint={s.principalHint} defaultValue={v.principalRupiah ?? ""} error={e.principalRupiah} />
        <TextField id="loan-disbursedOn" name="disbursedOn" type="date" required max={props.today} label={s.disbursedOn} defaultValue={v.disbursedOn ?? ""} error={e.disbursedOn} />
        <TextField id="loan-termMonths" name="termMonths" type="number" required min={1} max={360} step={1} inputMode="numeric" label={s.termMonths} hint={s.termHint} defaultValue={v.termMonths ?? ""} error={e.termMonths} />
      </div>
      <div>
        <SubmitButton label={s.submit} pendingLabel={s.pending} />
      </div>
    </form>
  );
}
