"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/actions/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** One button that runs an import action (change mapping, check again, retry, cancel); works without JavaScript. */
export function ImportActionButton({
  action,
  importId,
  label,
  pendingLabel,
  variant = "secondary",
  hint,
}: {
  action: Action;
  importId: string;
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "danger";
  hint?: string;
}) {
  const [state, run] = useActionState(action, IDLE);
  return (
    <form action={run} className="flex flex-col gap-1">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={importId} />
      <div>
        <SubmitButton label={label} pendingLabel={pendingLabel} variant={variant} />
      </div>
      {hint ? <p className="text-xs text-slate-600">{hint}</p> : null}
    </form>
  );
}
