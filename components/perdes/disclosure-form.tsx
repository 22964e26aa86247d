"use client";
import type { ReactNode } from "react";
import { useFormRound } from "@/components/cases/use-form-round";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/actions/form-state";

export type DisclosureFormStrings = { summary: string; title: string; submit: string; pending: string };

/**
 * A form behind a disclosure (edit a regulation, an article, a session; remove one): it opens
 * again on an error, carries its hidden fields (ids, the version it was loaded with) and
 * draws its fields again after each answer (see useFormRound). Success redirects.
 */
export function DisclosureForm({ hidden, state, action, strings: s, variant = "secondary", children }: {
  hidden: Record<string, string | number>;
  state: FormState;
  action: (formData: FormData) => void;
  strings: DisclosureFormStrings;
  variant?: "primary" | "secondary" | "danger";
  children: ReactNode;
}) {
  const round = useFormRound(state);
  return (
    <details open={state.status === "error" ? true : undefined} className="rounded-md border border-slate-200 bg-white">
      <summary className="flex min-h-11 cursor-pointer items-center px-3 text-sm font-semibold text-brand-700">{s.summary}</summary>
      <form action={action} aria-label={s.title} className="flex flex-col gap-3 border-t border-slate-200 p-3">
        <FormMessage state={state} />
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div key={round} className="flex flex-col gap-3">
          {children}
        </div>
        <div>
          <SubmitButton label={s.submit} pendingLabel={s.pending} variant={variant} />
        </div>
      </form>
    </details>
  );
}
