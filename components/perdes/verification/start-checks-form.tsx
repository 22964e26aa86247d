"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { startDepartureChecksAction } from "@/lib/perdes/checklist/actions";

/** "Start the village verification": copies the template's items; the action redirects. */
export function StartChecksForm({ placementId, strings }: { placementId: string; strings: { start: string; starting: string } }) {
  const [state, action] = useActionState(startDepartureChecksAction, IDLE);
  return (
    <form action={action} aria-label={strings.start} className="mt-3 flex flex-col gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="placementId" value={placementId} />
      <div>
        <SubmitButton label={strings.start} pendingLabel={strings.starting} />
      </div>
    </form>
  );
}
