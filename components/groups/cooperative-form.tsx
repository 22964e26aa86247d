"use client";
import { useActionState } from "react";
import { useFormRound } from "@/components/cases/use-form-round";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { createCooperativeAction } from "@/lib/empowerment/groups/actions";

/** Adds a cooperative of the actor's village. */
export function CreateCooperativeForm({ today, strings: s }: { today: string; strings: { form: string; name: string; registrationNumber: string; foundedOn: string; create: string; saving: string } }) {
  const [state, action] = useActionState(createCooperativeAction, IDLE);
  const round = useFormRound(state);
  const v = state.status === "error" ? state.values ?? {} : {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} aria-label={s.form} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <div key={round} className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <TextField id="coop-name" name="name" required maxLength={120} label={s.name} defaultValue={v.name ?? ""} error={e.name} />
        <TextField id="coop-registrationNumber" name="registrationNumber" maxLength={60} label={s.registrationNumber} defaultValue={v.registrationNumber ?? ""} error={e.registrationNumber} />
        <TextField id="coop-foundedOn" name="foundedOn" type="date" max={today} label={s.foundedOn} defaultValue={v.foundedOn ?? ""} error={e.foundedOn} />
      </div>
      <div>
        <SubmitButton label={s.create} pendingLabel={s.saving} />
      </div>
    </form>
  );
}
