"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { issueVillageLetterAction } from "@/lib/perdes/letters/actions";

/**
 * "Issue the letter" (village officials). The server decides: while a mandatory check is not
 * done it refuses, and the answer lists those checks; on success it goes to the letter.
 */
export function IssueLetterForm({ placementId, strings }: { placementId: string; strings: { issue: string; issuing: string; missingTitle: string } }) {
  const [state, action] = useActionState(issueVillageLetterAction, IDLE);
  const missing = state.status === "error" ? ((state.data as { missing?: string[] } | undefined)?.missing ?? []) : [];
  return (
    <form action={action} aria-label={strings.issue} className="mt-3 flex flex-col gap-3">
      {missing.length ? (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          <p>{state.message}</p>
          <p className="mt-1 font-semibold">{strings.missingTitle}</p>
          <ul className="mt-1 list-disc pl-5">
            {missing.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        </div>
      ) : (
        <FormMessage state={state} />
      )}
      <input type="hidden" name="placementId" value={placementId} />
      <div>
        <SubmitButton label={strings.issue} pendingLabel={strings.issuing} />
      </div>
    </form>
  );
}
