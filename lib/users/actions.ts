"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { FieldError } from "@/lib/validation/errors";
import { createUser } from "./create-user";
import { resetUserPassword } from "./reset-user-password";
import { createUserSchema, resetUserPasswordSchema, setUserDisabledSchema, updateUserSchema } from "./schemas";
import { setUserDisabled } from "./set-user-disabled";
import { updateUser } from "./update-user";

// Refusals that only make sense on the admin pages ("you cannot disable yourself"); their
// messages live in the admin catalog, not in common.errors where form-action looks.
const ADMIN_REFUSALS = new Set(["cannotDisableSelf", "cannotResetOwnPassword", "cannotChangeOwnRole"]);

type Outcome<R> = { ok: true; value: R } | { ok: false; state: FormState };

async function refusingAsAdmin<R>(work: () => Promise<R>): Promise<Outcome<R>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof FieldError && ADMIN_REFUSALS.has(error.messageKey)) {
      const t = await getTranslations("admin");
      const tc = await getTranslations("common");
      const fieldErrors = { [error.field]: t(`users.refusals.${error.messageKey}`) };
      return { ok: false, state: { status: "error", message: tc("errors.checkFields"), fieldErrors } };
    }
    throw error;
  }
}

const USERS_PATH = "/admin/users";

/** Creates the user and answers with the one-time password, shown once (never in a URL). */
export const createUserAction = formAction({
  permission: "user:create",
  schema: createUserSchema,
  run: (input, { actor, ip }) => createUser(actor, input, { ip }),
  onSuccess: () => revalidatePath(USERS_PATH),
  toState: (result) => ({ status: "ok", data: result }),
});

export const updateUserAction = formAction({
  permission: "user:update",
  schema: updateUserSchema,
  run: (input, { actor, ip }) => refusingAsAdmin(() => updateUser(actor, input, { ip })),
  onSuccess: (outcome, input) => {
    if (!outcome.ok) return;
    revalidatePath(USERS_PATH);
    redirect(`${USERS_PATH}/${input.id}?done=saved`);
  },
  toState: (outcome) => (outcome.ok ? { status: "ok" } : outcome.state),
});

export const setUserDisabledAction = formAction({
  permission: "user:disable",
  schema: setUserDisabledSchema,
  run: (input, { actor, ip }) => refusingAsAdmin(() => setUserDisabled(actor, input, { ip })),
  onSuccess: (outcome, input) => {
    if (!outcome.ok) return;
    revalidatePath(USERS_PATH);
    redirect(`${USERS_PATH}/${input.id}?done=${input.disabled ? "disabled" : "enabled"}`);
  },
  toState: (outcome) => (outcome.ok ? { status: "ok" } : outcome.state),
});

/** Like creation, the new one-time password comes back in the answer and is shown once. */
export const resetUserPasswordAction = formAction({
  permission: "user:reset-password",
  schema: resetUserPasswordSchema,
  run: (input, { actor, ip }) => refusingAsAdmin(() => resetUserPassword(actor, input, { ip })),
  onSuccess: (outcome) => {
    if (outcome.ok) revalidatePath(USERS_PATH);
  },
  toState: (outcome) => (outcome.ok ? { status: "ok", data: outcome.value } : outcome.state),
});
