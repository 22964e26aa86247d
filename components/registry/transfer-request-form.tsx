"use client";
import { useActionState } from "react";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { requestTransferAction } from "@/lib/registry/transfer-actions";

export type TransferRequestStrings = { title: string; intro: string; reason: string; reasonHint: string; submit: string; pending: string; sent: string };

/** Offered when the NIK belongs to another village: ask that village to hand the person over. */
export function TransferRequestForm({ nik, strings }: { nik: string; strings: TransferRequestStrings }) {
  const [state, action] = useActionState(requestTransferAction, IDLE);
  return (
    <section aria-labelledby="transfer-title" className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="transfer-title">{strings.title}</h2>
      {state.status === "ok" ? (
        <p role="status" className="mt-2 text-sm text-green-800">
          {strings.sent}
        </p>
      ) : (
        <form action={action} className="mt-2 flex flex-col gap-3">
          <p className="text-sm text-slate-700">{strings.intro}</p>
          <FormMessage state={state} />
          <input type="hidden" name="nik" value={nik} />
          {state.fieldErrors?.nik ? (
            <p role="alert" className="text-sm text-red-700">
              {state.fieldErrors.nik}
            </p>
          ) : null}
          <TextAreaField label={strings.reason} name="reason" rows={2} maxLength={500} required hint={strings.reasonHint} defaultValue={state.values?.reason ?? ""} error={state.fieldErrors?.reason} />
          <div>
            <SubmitButton label={strings.submit} pendingLabel={strings.pending} variant="secondary" />
          </div>
        </form>
      )}
    </section>
  );
}
