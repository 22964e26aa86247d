"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { revealPersonFieldAction } from "@/lib/registry/person-actions";
import type { RevealableField } from "@/lib/registry/schemas";

export type RevealStrings = { show: string; pending: string; empty: string; notice: string };

/**
 * A masked value with a "show" button: a plain form whose action records the reveal in the
 * audit log and answers with the value, shown here once (reloading the page masks it again).
 */
export function RevealFieldForm({ personId, field, masked, label, strings }: { personId: string; field: RevealableField; masked: string; label: string; strings: RevealStrings }) {
  const [state, action] = useActionState(revealPersonFieldAction, IDLE);
  const revealed = state.status === "ok" ? (state.data as { value: string | null } | undefined) : undefined;
  if (revealed) {
    return (
      <div role="status" className="flex flex-col gap-1">
        <span className={field === "health" ? "whitespace-pre-line" : "font-mono"}>{revealed.value ?? strings.empty}</span>
        <span className="text-xs text-slate-600">{strings.notice}</span>
      </div>
    );
  }
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <span className={field === "health" ? "text-slate-600 italic" : "font-mono"}>{masked}</span>
      <input type="hidden" name="personId" value={personId} />
      <input type="hidden" name="field" value={field} />
      <SubmitButton label={`${strings.show}: ${label}`} pendingLabel={strings.pending} variant="secondary" />
      {state.status === "error" && state.message ? (
        <span role="alert" className="w-full text-sm text-red-700">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
