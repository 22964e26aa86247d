"use client";
import type { ReactNode } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/actions/form-state";
import { useFormRound } from "./use-form-round";

export type UpdateDisclosureStrings = { summary: string; title: string; submit: string; pending: string; done: string };

/**
 * The frame of a form that updates one row of a case (a referral's answer, a claim's recovered
 * amount) behind a disclosure: it opens again on an answer, carries the row's id and version,
 * and draws its fields again after each answer (see useFormRound).
 */
export function UpdateDisclosure({ row, state, action, strings: s, children }: {
  row: { id: string; version: number };
  state: FormState;
  action: (formData: FormData) => void;
  strings: UpdateDisclosureStrings;
  children: ReactNode;
}) {
  const round = useFormRound(state);
  return (
    <details open={state.status !== "idle" ? true : undefined} className="rounded-md border border-slate-200 bg-white">
      <summary className="flex min-h-11 cursor-pointer items-center px-3 text-sm font-semibold text-brand-700">{s.summary}</summary>
      <form action={action} aria-label={s.title} className="flex flex-col gap-3 border-t border-slate-200 p-3">
        <FormMessage state={state} okText={s.done} />
        <input type="hidden" name="id" value={row.id} />
        <input type="hidden" name="version" value={row.version} />
        <div key={`${round}-${row.version}`} className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          {children}
        </div>
        <div>
          <SubmitButton label={s.submit} pendingLabel={s.pending} variant="secondary" />
        </div>
      </form>
    </details>
  );
}
