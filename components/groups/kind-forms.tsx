"use client";
import { useActionState } from "react";
import { useFormRound } from "@/components/cases/use-form-round";
import { DisclosureForm } from "@/components/perdes/disclosure-form";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { createGroupKindAction, renameGroupKindAction, setGroupKindActiveAction } from "@/lib/empowerment/kinds/actions";

export function CreateGroupKindForm({ strings: s }: { strings: { form: string; code: string; codeHint: string; nameId: string; nameEn: string; add: string; saving: string } }) {
  const [state, action] = useActionState(createGroupKindAction, IDLE);
  const round = useFormRound(state);
  const v = state.status === "error" ? state.values ?? {} : {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} aria-label={s.form} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <div key={round} className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <TextField id="kind-code" name="code" required maxLength={40} label={s.code} hint={s.codeHint} defaultValue={v.code ?? ""} error={e.code} />
        <TextField id="kind-nameId" name="nameId" required maxLength={120} label={s.nameId} defaultValue={v.nameId ?? ""} error={e.nameId} />
        <TextField id="kind-nameEn" name="nameEn" required maxLength={120} label={s.nameEn} defaultValue={v.nameEn ?? ""} error={e.nameEn} />
      </div>
      <div>
        <SubmitButton label={s.add} pendingLabel={s.saving} />
      </div>
    </form>
  );
}

export function RenameGroupKindForm({ kind, strings: s }: { kind: { code: string; nameId: string; nameEn: string }; strings: { summary: string; title: string; nameId: string; nameEn: string; save: string; saving: string } }) {
  const [state, action] = useActionState(renameGroupKindAction, IDLE);
  const e = state.fieldErrors ?? {};
  return (
    <DisclosureForm hidden={{ code: kind.code }} state={state} action={action} strings={{ summary: s.summary, title: s.title, submit: s.save, pending: s.saving }}>
      <TextField id={`nameId-${kind.code}`} name="nameId" required maxLength={120} label={s.nameId} defaultValue={state.values?.nameId ?? kind.nameId} error={e.nameId} />
      <TextField id={`nameEn-${kind.code}`} name="nameEn" required maxLength={120} label={s.nameEn} defaultValue={state.values?.nameEn ?? kind.nameEn} error={e.nameEn} />
    </DisclosureForm>
  );
}

/** Deactivates a kind (new groups cannot choose it) or activates it again. */
export function SetGroupKindActiveForm({ code, active, strings: s }: { code: string; active: boolean; strings: { title: string; submit: string; saving: string } }) {
  const [state, action] = useActionState(setGroupKindActiveAction, IDLE);
  return (
    <form action={action} aria-label={s.title} className="flex flex-col gap-1">
      <FormMessage state={state} />
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <SubmitButton label={s.submit} pendingLabel={s.saving} variant="secondary" />
    </form>
  );
}
