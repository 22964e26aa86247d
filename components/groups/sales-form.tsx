"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormRound } from "@/components/cases/use-form-round";
import { IDLE } from "@/lib/actions/form-state";
import { deleteSalesAction, recordSalesAction, updateSalesAction } from "@/lib/empowerment/money/actions";
import { SalesFields, type SalesFieldStrings, type SalesValues } from "./sales-fields";

type Buttons = { submit: string; pending: string; done: string };

/** "Catat penjualan bulanan". */
export function SalesForm({ groupId, maxMonth, title, fields, buttons: b }: { groupId: string; maxMonth: string; title: string; fields: SalesFieldStrings; buttons: Buttons }) {
  const [state, action] = useActionState(recordSalesAction, IDLE);
  const round = useFormRound(state);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <form action={action} aria-labelledby="sales-form-title" className="flex flex-col gap-4 rounded-md border border-slate-200 p-4">
      <h3 id="sales-form-title" className="text-base font-semibold">{title}</h3>
      <FormMessage state={state} okText={b.done} />
      <input type="hidden" name="groupId" value={groupId} />
      <div key={round} className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SalesFields prefix="sales" values={v} errors={state.fieldErrors ?? {}} strings={fields} maxMonth={maxMonth} />
      </div>
      <div>
        <SubmitButton label={b.submit} pendingLabel={b.pending} />
      </div>
    </form>
  );
}

/** Corrects one month's record, behind a disclosure that opens again on an answer. */
export function SalesEditForm({ row, maxMonth, summary, title, fields, buttons: b }: {
  row: SalesValues & { id: string }; maxMonth: string; summary: string; title: string; fields: SalesFieldStrings; buttons: Buttons;
}) {
  const [state, action] = useActionState(updateSalesAction, IDLE);
  const round = useFormRound(state);
  const v = state.status === "error" ? (state.values ?? {}) : row;
  return (
    <details open={state.status !== "idle" ? true : undefined} className="rounded-md border border-slate-200 bg-white">
      <summary className="flex min-h-11 cursor-pointer items-center px-3 text-sm font-semibold text-brand-700">{summary}</summary>
      <form action={action} aria-label={title} className="flex flex-col gap-3 border-t border-slate-200 p-3">
        <FormMessage state={state} okText={b.done} />
        <input type="hidden" name="id" value={row.id} />
        <div key={round} className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <SalesFields prefix={`sales-${row.id}`} values={v} errors={state.fieldErrors ?? {}} strings={fields} maxMonth={maxMonth} />
        </div>
        <div>
          <SubmitButton label={b.submit} pendingLabel={b.pending} variant="secondary" />
        </div>
      </form>
    </details>
  );
}

/** Deleting asks first: the button is inside a disclosure that says what will be deleted. */
export function SalesDeleteForm({ id, summary, confirm, submit, pending }: { id: string; summary: string; confirm: string; submit: string; pending: string }) {
  const [state, action] = useActionState(deleteSalesAction, IDLE);
  return (
    <details open={state.status === "error" ? true : undefined} className="rounded-md border border-slate-200 bg-white">
      <summary className="flex min-h-11 cursor-pointer items-center px-3 text-sm font-semibold text-red-800">{summary}</summary>
      <form action={action} aria-label={confirm} className="flex flex-col gap-3 border-t border-slate-200 p-3">
        <FormMessage state={state} />
        <input type="hidden" name="id" value={id} />
        <p className="text-sm">{confirm}</p>
        <div>
          <SubmitButton label={submit} pendingLabel={pending} variant="danger" />
        </div>
      </form>
    </details>
  );
}
