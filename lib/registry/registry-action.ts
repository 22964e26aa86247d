import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { formAction, type ActionContext } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { splitMessageKey, translateIssues, translateMessageKey } from "@/lib/actions/translate-issues";
import { getActor } from "@/lib/auth/session";
import { can, type Permission } from "@/lib/authz";
import { FieldError } from "@/lib/validation/errors";
import { NikTakenError } from "./errors";

// formAction for the registry, whose messages are partly in its own catalog ("registry:key",
// see lib/actions/translate-issues.ts). Validation answers and FieldErrors with a namespaced
// key are translated here; everything else (permission, unexpected errors, common keys) is
// formAction's. A FieldError on "_form" becomes the form's message.

type Options<S extends z.ZodType, R> = {
  permission: Permission;
  schema: S;
  run: (input: z.output<S>, ctx: ActionContext) => Promise<R>;
  onSuccess?: (result: R, input: z.output<S>) => void | Promise<void>;
  toState?: (result: R) => FormState;
};

type Outcome<R> = { ok: true; value: R } | { ok: false; state: FormState };

function valuesOf(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (typeof v === "string" && !k.startsWith("$")) values[k] = v;
  return values;
}

function inputOf(formData: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [k, v] of formData.entries()) if (!k.startsWith("$")) input[k] = v;
  return input;
}

async function translators() {
  const [tc, tRoot] = await Promise.all([getTranslations("common"), getTranslations()]);
  const t = (key: string, p?: Record<string, string | number>) => tc(`errors.${key}`, p);
  const root = (key: string, p?: Record<string, string | number>) => tRoot(key, p);
  return { t, root, checkFields: tc("errors.checkFields") };
}

async function refusalState(error: FieldError): Promise<FormState> {
  const { t, root, checkFields } = await translators();
  const text = translateMessageKey(error.messageKey, t, root);
  const data = error instanceof NikTakenError ? { nikTaken: { where: error.where, personId: error.personId } } : undefined;
  if (error.field === "_form") return { status: "error", message: text, data };
  return { status: "error", message: checkFields, fieldErrors: { [error.field]: text }, data };
}

export function registryAction<S extends z.ZodType, R>(opts: Options<S, R>) {
  const inner = formAction<S, Outcome<R>>({
    permission: opts.permission,
    schema: opts.schema,
    run: async (input, ctx) => {
      try {
        return { ok: true, value: await opts.run(input, ctx) };
      } catch (error) {
        if (error instanceof FieldError && (splitMessageKey(error.messageKey) || error.field === "_form")) {
          return { ok: false, state: await refusalState(error) };
        }
        throw error;
      }
    },
    onSuccess: async (outcome, input) => {
      if (outcome.ok && opts.onSuccess) await opts.onSuccess(outcome.value, input);
    },
    toState: (outcome) => (outcome.ok ? (opts.toState ? opts.toState(outcome.value) : { status: "ok" }) : outcome.state),
  });

  return async function action(prev: FormState, formData: FormData): Promise<FormState> {
    const values = valuesOf(formData);
    const actor = await getActor();
    // Validation first, with both catalogs; signed-out or forbidden requests go to formAction's answers.
    if (actor && can(actor.role, opts.permission)) {
      const parsed = opts.schema.safeParse(inputOf(formData));
      if (!parsed.success) {
        const { t, root, checkFields } = await translators();
        return { status: "error", fieldErrors: translateIssues(parsed.error.issues, t, root), message: checkFields, values };
      }
    }
    const state = await inner(prev, formData);
    return state.status === "error" && !state.values ? { ...state, values } : state;
  };
}
