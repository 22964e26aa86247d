"use client";
import { useActionState } from "react";
import { TextAreaField, TextField } from "@/components/ui/field";
import { IDLE } from "@/lib/actions/form-state";
import { updateClaimAction } from "@/lib/cases/claims/actions";
import { UpdateDisclosure } from "./update-disclosure";

export type ClaimUpdateStrings = {
  summary: string;
  title: string;
  amountClaimed: string;
  amountHint: string;
  amountRecovered: string;
  amountRecoveredHint: string;
  note: string;
  submit: string;
  pending: string;
  done: string;
};

/** What was recovered on one claim so far (and corrections), behind a disclosure. Carries the claim's version. */
export function ClaimUpdateForm(props: { claim: { id: string; version: number; amountClaimed: string; amountRecovered: string; note: string }; strings: ClaimUpdateStrings }) {
  const { claim: c, strings: s } = props;
  const [state, action] = useActionState(updateClaimAction, IDLE);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const e = state.fieldErrors ?? {};
  const f = (name: string) => `claim-${c.id}-${name}`;
  return (
    <UpdateDisclosure row={c} state={state} action={action} strings={s}>
      <TextField id={f("amountRecovered")} name="amountRecovered" inputMode="decimal" autoComplete="off" maxLength={40} label={s.amountRecovered} hint={s.amountRecoveredHint} defaultValue={v.amountRecovered ?? c.amountRecovered} error={e.amountRecovered} />
      <TextField id={f("amountClaimed")} name="amountClaimed" required inputMode="decimal" autoComplete="off" maxLength={40} label={s.amountClaimed} hint={s.amountHint} defaultValue={v.amountClaimed ?? c.amountClaimed} error={e.amountClaimed} />
      <div className="sm:col-span-2">
        <TextAreaField id={f("note")} name="note" rows={2} maxLength={1000} label={s.note} defaultValue={v.note ?? c.note} error={e.note} />
      </div>
    </UpdateDisclosure>
  );
}
