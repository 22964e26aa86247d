"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ConfirmCheckbox } from "@/components/users/confirm-checkbox";
import { IDLE } from "@/lib/actions/form-state";
import { addAttendeeAction, deleteSessionAction, removeAttendeeAction } from "@/lib/perdes/sessions/actions";
import { DisclosureForm } from "./disclosure-form";

/** "Tambah": one person of the search results onto the attendance list. */
export function AddAttendeeForm({ sessionId, personId, label, strings: s }: { sessionId: string; personId: string; label: string; strings: { add: string; adding: string } }) {
  const [state, action] = useActionState(addAttendeeAction, IDLE);
  const error = state.fieldErrors?.personId;
  return (
    <form action={action} aria-label={label} className="flex flex-col items-end gap-1">
      <FormMessage state={error ? { status: "error", message: error } : state} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="personId" value={personId} />
      <SubmitButton label={s.add} pendingLabel={s.adding} variant="secondary" />
    </form>
  );
}

/** Removes one person from the attendance list after "I am sure". */
export function RemoveAttendeeForm({ sessionId, personId, strings: s }: {
  sessionId: string;
  personId: string;
  strings: { summary: string; confirm: string; remove: string; removing: string };
}) {
  const [state, action] = useActionState(removeAttendeeAction, IDLE);
  return (
    <DisclosureForm hidden={{ sessionId, personId }} state={state} action={action} variant="danger" strings={{ summary: s.summary, title: s.summary, submit: s.remove, pending: s.removing }}>
      <ConfirmCheckbox label={s.confirm} error={state.fieldErrors?.confirm} />
    </DisclosureForm>
  );
}

/** Deletes a session recorded by mistake, with its attendance, after "I am sure". */
export function DeleteSessionForm({ id, version, strings: s }: { id: string; version: number; strings: { summary: string; confirm: string; submit: string; pending: string } }) {
  const [state, action] = useActionState(deleteSessionAction, IDLE);
  return (
    <DisclosureForm hidden={{ id, version }} state={state} action={action} variant="danger" strings={{ summary: s.summary, title: s.summary, submit: s.submit, pending: s.pending }}>
      <ConfirmCheckbox label={s.confirm} error={state.fieldErrors?.confirm} />
    </DisclosureForm>
  );
}
