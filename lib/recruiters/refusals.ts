import "server-only";
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/actions/form-state";
import { FieldError } from "@/lib/validation/errors";

// Refusals that only make sense in the registry ("this licence number is taken"): their
// messages live in the recruiters catalog, not in common.errors where form-action looks.
const REFUSALS = new Set(["licenceTaken", "sip2miTaken"]);

export type Outcome<R> = { ok: true; value: R } | { ok: false; state: FormState };

export async function refusingAsRegistry<R>(work: () => Promise<R>): Promise<Outcome<R>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof FieldError && REFUSALS.has(error.messageKey)) {
      const t = await getTranslations("recruiters");
      const tc = await getTranslations("common");
      return { ok: false, state: { status: "error", message: tc("errors.checkFields"), fieldErrors: { [error.field]: t(`refusals.${error.messageKey}`) } } };
    }
    throw error;
  }
}

export const stateOf = <R>(outcome: Outcome<R>): FormState => (outcome.ok ? { status: "ok" } : outcome.state);
