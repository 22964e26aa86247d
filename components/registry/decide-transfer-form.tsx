"use client";
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { ConfirmCheckbox } from "@/components/users/confirm-checkbox";
import { IDLE } from "@/lib/actions/form-state";
import { decideTransferAction } from "@/lib/registry/transfer-actions";

export type DecideTransferStrings = { confirm: string; approve: string; reject: string; pending: string };

/** Approve or reject one transfer request, after ticking "I am sure" (works without JavaScript). */
export function DecideTransferForm({ id, strings }: { id: string; strings: DecideTransferStrings }) {
  const [state, action] = useActionState(decideTransferAction, IDLE);
  return (
    <form action={action} className="flex flex-col items-start gap-2">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <ConfirmCheckbox label={strings.confirm} error={state.fieldErrors?.confirm} />
      <DecisionButtons strings={strings} />
    </form>
  );
}

function DecisionButtons({ strings }: { strings: DecideTransferStrings }) {
  const { pending } = useFormStatus();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button type="submit" name="decision" value="approve" disabled={pending}>
        {strings.approve}
      </Button>
      <Button type="submit" name="decision" value="reject" variant="secondary" disabled={pending}>
        {strings.reject}
      </Button>
      {pending ? (
        <span role="status" className="text-sm text-slate-600">
          {strings.pending}
        </span>
      ) : null}
    </div>
  );
}
