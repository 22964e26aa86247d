"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { assignHandlerAction } from "@/lib/cases/actions";

export function AssignHandlerForm({ caseId, version, current, handlers, strings }: {
  caseId: string;
  version: number;
  current: string | null;
  handlers: { value: string; label: string }[];
  strings: { handler: string; submit: string; working: string };
}) {
  const [state, action] = useActionState(assignHandlerAction, IDLE);
  return (
    <form action={action} className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <input type="hidden" name="id" value={caseId} />
      <input type="hidden" name="version" value={version} />
      <div className="grow">
        <SelectField id="assign-handlerId" name="handlerId" label={strings.handler} options={handlers} defaultValue={state.values?.handlerId ?? current ?? ""} error={state.fieldErrors?.handlerId} />
      </div>
      <SubmitButton label={strings.submit} pendingLabel={strings.working} variant="secondary" />
      <FormMessage state={state} />
    </form>
  );
}
