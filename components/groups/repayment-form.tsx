"use client";
import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormRound } from "@/components/cases/use-form-round";
import { IDLE } from "@/lib/actions/form-state";
import { recordRepaymentAction } from "@/lib/empowerment/money/actions";

export type RepaymentFormStrings = {
  title: string; paidOn: string; amount: string; amountHint: string;
  /** With "{outstanding}" in it: said when the amount is more than the balance the server found. */
  moreThanOutstanding: string;
  submit: string; pending: string; done: string;
};

/** One loan's "Catat pembayaran angsuran"; ids carry the loan's id (one form per loan on the page). */
export function RepaymentForm(props: { loanId: string; title: string; disbursedOn: string; today: string; strings: RepaymentFormStrings }) {
  const { strings: s, loanId } = props;
  const [state, action] = useActionState(recordRepaymentAction, IDLE);
  const round = useFormRound(state);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const e = { ...(state.fieldErrors ?? {}) };
  // The balance the server checked against (it may have changed since the page was drawn).
  const outstanding = (state.data as { outstanding?: string } | undefined)?.outstanding;
  if (outstanding && e.amountRupiah) e.amountRupiah = s.moreThanOutstanding.replace("{outstanding}", outstanding);
  const f = (name: string) => `repayment-${loanId}-${name}`;
  return (
    <form action={action} aria-labelledby={f("title")} className="flex flex-col gap-4 rounded-md border border-slate-200 p-4">
      <h4 id={f("title")} className="text-base font-semibold">{props.title}</h4>
      <FormMessage state={state} okText={s.done} />
      <input type="hidden" name="loanId" value={loanId} />
      <div key={round} className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField id={f("paidOn")} name="paidOn" type="date" required min={props.disbursedOn} max={props.today} label={s.paidOn} defaultValue={v.paidOn ?? ""} error={e.paidOn} />
        <TextField id={f("amountRupiah")} name="amountRupiah" required inputMode="numeric" autoComplete="off" maxLength={40} label={s.amount} hint={s.amountHint} defaultValue={v.amountRupiah ?? ""} error={e.amountRupiah} />
      </div>
      <div>
        <SubmitButton label={s.submit} pendingLabel={s.pending} />
      </div>
    </form>
  );
}
