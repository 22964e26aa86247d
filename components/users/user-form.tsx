"use client";
import { useActionState, useState, useSyncExternalStore } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { VILLAGE_ROLES, type Role } from "@/lib/authz/roles";
import { createUserAction, updateUserAction } from "@/lib/users/actions";
import type { CreateUserResult } from "@/lib/users/create-user";
import { OneTimePasswordNotice, type OneTimePasswordStrings } from "./one-time-password-notice";

type Option = { value: string; label: string };

export type UserFormStrings = {
  email: string;
  emailHint: string;
  name: string;
  role: string;
  chooseRole: string;
  villageCode: string;
  villageHint: string;
  chooseVillage: string;
  regionCode: string;
  regionHint: string;
  chooseRegion: string;
  ownRoleHint: string;
  submit: string;
  pending: string;
  okText?: string;
};

export type UserFormValues = { id?: string; email: string; name: string; role: Role | ""; villageCode: string | null; regionCode: string | null };

type Props = {
  mode: "create" | "edit";
  user: UserFormValues;
  /** The admin editing their own account: the role is shown but cannot change. */
  isSelf?: boolean;
  roles: Option[];
  villages: Option[];
  regions: Option[];
  strings: UserFormStrings;
  /** Create only: what to show with the one-time password; `{email}` and `{id}` are filled in. */
  created?: { strings: OneTimePasswordStrings; openUser: string; addAnother: string; listHref: string };
};

const noServerSnapshot = () => false;
const subscribeNothing = () => () => undefined;

export function UserForm({ mode, user, isSelf = false, roles, villages, regions, strings, created }: Props) {
  const [state, action] = useActionState(mode === "create" ? createUserAction : updateUserAction, IDLE);
  // A new key per answer remounts the fields with the submitted values (React resets a form
  // after its action), and resets the role chosen below with it.
  const [seen, setSeen] = useState<{ state: FormState; n: number }>({ state, n: 0 });
  if (seen.state !== state) setSeen({ state, n: seen.n + 1 });

  const result = state.status === "ok" ? (state.data as CreateUserResult | undefined) : undefined;
  if (mode === "create" && result?.oneTimePassword && created) {
    const fill = (s: string) => s.replaceAll("{email}", result.email);
    return (
      <OneTimePasswordNotice
        password={result.oneTimePassword}
        strings={{ ...created.strings, intro: fill(created.strings.intro) }}
        links={[
          { href: `${created.listHref}/${result.id}`, label: created.openUser, primary: true },
          { href: `${created.listHref}/new`, label: created.addAnother },
        ]}
      />
    );
  }

  const v = state.values;
  const values: UserFormValues = v
    ? { email: v.email ?? "", name: v.name ?? "", role: (v.role ?? "") as Role | "", villageCode: v.villageCode ?? null, regionCode: v.regionCode ?? null }
    : user;
  return (
    <form action={action} className="flex max-w-xl flex-col gap-4">
      <FormMessage state={state} okText={strings.okText} />
      {user.id ? <input type="hidden" name="id" value={user.id} /> : null}
      <UserFields key={seen.n} values={values} errors={state.fieldErrors ?? {}} isSelf={isSelf} roles={roles} villages={villages} regions={regions} strings={strings} />
      <div>
        <SubmitButton label={strings.submit} pendingLabel={strings.pending} />
      </div>
    </form>
  );
}

function UserFields({
  values,
  errors,
  isSelf,
  roles,
  villages,
  regions,
  strings,
}: {
  values: UserFormValues;
  errors: Record<string, string>;
  isSelf: boolean;
  roles: Option[];
  villages: Option[];
  regions: Option[];
  strings: UserFormStrings;
}) {
  const [role, setRole] = useState<string>(values.role);
  // Without JavaScript every field shows (the server ignores a place the role does not
  // use); once the page is interactive, only the place the chosen role needs.
  const interactive = useSyncExternalStore(subscribeNothing, () => true, noServerSnapshot);
  const showVillage = !interactive || VILLAGE_ROLES.includes(role as Role) || !!errors.villageCode;
  const showRegion = !interactive || role === "BP3MI_STAFF" || !!errors.regionCode;

  return (
    <>
      <TextField label={strings.email} name="email" type="email" autoComplete="off" required maxLength={254} defaultValue={values.email} hint={strings.emailHint} error={errors.email} />
      <TextField label={strings.name} name="name" autoComplete="off" required maxLength={100} defaultValue={values.name} error={errors.name} />
      {isSelf ? (
        <>
          <input type="hidden" name="role" value={values.role} />
          <SelectField label={strings.role} name="role-shown" disabled value={values.role} options={roles} hint={strings.ownRoleHint} error={errors.role} />
        </>
      ) : (
        <SelectField
          label={strings.role}
          name="role"
          required
          defaultValue={values.role}
          onChange={(e) => setRole(e.target.value)}
          options={[{ value: "", label: strings.chooseRole }, ...roles]}
          error={errors.role}
        />
      )}
      {showVillage ? (
        <SelectField
          label={strings.villageCode}
          name="villageCode"
          defaultValue={values.villageCode ?? ""}
          options={[{ value: "", label: strings.chooseVillage }, ...villages]}
          hint={strings.villageHint}
          error={errors.villageCode}
        />
      ) : null}
      {showRegion ? (
        <SelectField
          label={strings.regionCode}
          name="regionCode"
          defaultValue={values.regionCode ?? ""}
          options={[{ value: "", label: strings.chooseRegion }, ...regions]}
          hint={strings.regionHint}
          error={errors.regionCode}
        />
      ) : null}
    </>
  );
}
