"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { FieldError } from "@/lib/validation/errors";
import { CONSENT_REFUSALS, recordConsent } from "./record-consent";
import { recordConsentSchema, withdrawConsentSchema } from "./schemas";
import { withdrawConsent } from "./withdraw-consent";

type Outcome<R> = { ok: true; value: R } | { ok: false; state: FormState };

// Refusals of the consent rules; their messages are in the privacy catalog, not in
// common.errors where formAction looks.
async function refusingConsent<R>(work: () => Promise<R>): Promise<Outcome<R>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof FieldError && (CONSENT_REFUSALS as readonly string[]).includes(error.messageKey)) {
      const t = await getTranslations("privacy.consent.refusals");
      const tc = await getTranslations("common");
      return { ok: false, state: { status: "error", message: tc("errors.checkFields"), fieldErrors: { [error.field]: t(error.messageKey) } } };
    }
    throw error;
  }
}

const consentPath = (personId: string) => `/registry/people/${personId}/consent`;

export const recordConsentAction = formAction({
  permission: "consent:write",
  schema: recordConsentSchema,
  run: (input, { actor, ip }) => refusingConsent(() => recordConsent(actor, input, { ip })),
  onSuccess: (outcome) => {
    if (!outcome.ok) return;
    revalidatePath(`/registry/people/${outcome.value.personId}`, "layout");
    redirect(`${consentPath(outcome.value.personId)}?done=recorded`);
  },
  toState: (outcome) => (outcome.ok ? { status: "ok" } : outcome.state),
});

export const withdrawConsentAction = formAction({
  permission: "consent:write",
  schema: withdrawConsentSchema,
  run: (input, { actor, ip }) => refusingConsent(() => withdrawConsent(actor, input, { ip })),
  onSuccess: (outcome) => {
    if (!outcome.ok) return;
    revalidatePath(`/registry/people/${outcome.value.personId}`, "layout");
    redirect(`${consentPath(outcome.value.personId)}?done=withdrawn`);
  },
  toState: (outcome) => (outcome.ok ? { status: "ok" } : outcome.state),
});
