"use client";
import { useActionState } from "react";
import { useFormRound } from "@/components/cases/use-form-round";
import { DisclosureForm } from "@/components/perdes/disclosure-form";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ConfirmCheckbox } from "@/components/users/confirm-checkbox";
import { IDLE } from "@/lib/actions/form-state";
import { addMembersAction, changeRoleAction, leaveMemberAction } from "@/lib/empowerment/members/actions";

type Option = { value: string; label: string };
export type Candidate = { id: string; name: string; detail: string; already: boolean; pickLabel: string };

/**
 * The search results as ticks: several residents are added at once with one role and one
 * joining day (12 members in one step). People already in the group are shown, not ticked.
 */
export function AddMembersForm({ groupId, candidates, roles, today, strings: s }: {
  groupId: string;
  candidates: Candidate[];
  roles: Option[];
  today: string;
  strings: { form: string; results: string; already: string; role: string; joinedOn: string; add: string; adding: string };
}) {
  const [state, action] = useActionState(addMembersAction, IDLE);
  const round = useFormRound(state);
  const e = state.fieldErrors ?? {};
  const ticked = new Set((state.status === "error" ? state.values?.personIds ?? "" : "").split(",").filter(Boolean));
  return (
    <form action={action} aria-label={s.form} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="groupId" value={groupId} />
      <fieldset key={round} className="flex flex-col gap-2" aria-describedby={e.personIds ? "personIds-error" : undefined}>
        <legend className="mb-1 text-sm font-medium text-slate-800">{s.results}</legend>
        <ul className="flex flex-col gap-1">
          {candidates.map((p) => (
            <li key={p.id} className="rounded-md border border-slate-200">
              {p.already ? (
                <p className="flex min-h-11 flex-wrap items-center gap-x-2 px-3 text-sm text-slate-700">
                  <span className="font-medium">{p.name}</span>
                  <span>{p.detail}</span>
                  <span>· {s.already}</span>
                </p>
              ) : (
                <label className="flex min-h-11 cursor-pointer items-center gap-3 px-3 py-1 text-sm">
                  <input type="checkbox" name="personIds" value={p.id} defaultChecked={ticked.has(p.id)} aria-label={p.pickLabel} className="size-5 shrink-0 accent-brand-700" />
                  <span className="[overflow-wrap:anywhere]">
                    <span className="font-medium">{p.name}</span> {p.detail}
                  </span>
                </label>
              )}
            </li>
          ))}
        </ul>
        {e.personIds ? <p id="personIds-error" role="alert" className="text-sm text-red-700">{e.personIds}</p> : null}
      </fieldset>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <SelectField id="add-role" name="role" label={s.role} options={roles} defaultValue={state.values?.role ?? "MEMBER"} error={e.role} />
        <TextField id="add-joinedOn" name="joinedOn" type="date" required max={today} label={s.joinedOn} defaultValue={state.values?.joinedOn ?? today} error={e.joinedOn} />
      </div>
      <div>
        <SubmitButton label={s.add} pendingLabel={s.adding} />
      </div>
    </form>
  );
}

export function ChangeRoleForm({ member, roles, strings: s }: {
  member: { id: string; version: number; role: string };
  roles: Option[];
  strings: { summary: string; title: string; role: string; hint: string; save: string; saving: string };
}) {
  const [state, action] = useActionState(changeRoleAction, IDLE);
  return (
    <DisclosureForm hidden={{ memberId: member.id, version: member.version }} state={state} action={action} strings={{ summary: s.summary, title: s.title, submit: s.save, pending: s.saving }}>
      <SelectField id={`role-${member.id}`} name="role" label={s.role} hint={s.hint} options={roles} defaultValue={state.values?.role ?? member.role} error={state.fieldErrors?.role} />
    </DisclosureForm>
  );
}

/** Records that a member left, after "I am sure": the row stays (history). */
export function LeaveMemberForm({ member, today, strings: s }: {
  member: { id: string; version: number; joinedOn: string };
  today: string;
  strings: { summary: string; title: string; leftOn: string; reason: string; confirm: string; leave: string; leaving: string };
}) {
  const [state, action] = useActionState(leaveMemberAction, IDLE);
  const e = state.fieldErrors ?? {};
  return (
    <DisclosureForm hidden={{ memberId: member.id, version: member.version }} state={state} action={action} variant="danger" strings={{ summary: s.summary, title: s.title, submit: s.leave, pending: s.leaving }}>
      <TextField id={`leftOn-${member.id}`} name="leftOn" type="date" required min={member.joinedOn} max={today} label={s.leftOn} defaultValue={state.values?.leftOn ?? today} error={e.leftOn} />
      <TextField id={`leaveReason-${member.id}`} name="leaveReason" maxLength={500} label={s.reason} defaultValue={state.values?.leaveReason ?? ""} error={e.leaveReason} />
      <ConfirmCheckbox label={s.confirm} error={e.confirm} />
    </DisclosureForm>
  );
}
