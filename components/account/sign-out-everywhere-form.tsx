"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { signOutEverywhereAction } from "@/lib/account/actions";

// Not destructive (nothing is deleted; the user signs in again), so no confirmation step.
export function SignOutEverywhereForm({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const [state, action] = useActionState(signOutEverywhereAction, IDLE);
  return (
    <form action={action} className="flex flex-col items-start gap-3">
      <FormMessage state={state} />
      <SubmitButton label={label} pendingLabel={pendingLabel} variant="secondary" />
    </form>
  );
}
