import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { can, ForbiddenError, NotFoundError, type Actor, type Permission } from "@/lib/authz";
import { clientIp } from "@/lib/http/client-ip";
import { FieldError } from "@/lib/validation/errors";
import type { FormState } from "./form-state";
import { translateIssues, translateMessageKey } from "./translate-issues";

export type ActionContext = { actor: Actor; ip: string };

type Options<S extends z.ZodType, R> = {
  permission: Permission;
  schema: S;
  /** The data function: it authorizes again in its own query, writes and audits in one transaction. */
  run: (input: z.output<S>, ctx: ActionContext) => Promise<R>;
  /** After a successful write: revalidate and redirect (redirect throws, so it goes last). */
  onSuccess?: (result: R, input: z.output<S>) => void | Promise<void>;
  /** What to answer when onSuccess does not redirect. */
  toState?: (result: R) => FormState;
};

function valuesOf(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of formData.entries()) {
    if (typeof v === "string" && !k.startsWith("$") && !/password|pin/i.test(k)) values[k] = v;
  }
  return values;
}

function inputOf(formData: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [k, v] of formData.entries()) if (!k.startsWith("$")) input[k] = v;
  return input;
}

/**
 * The one way to write a mutation: parse with the feature's zod schema → authorize → run the
 * data function (transaction + audit) → revalidate → redirect. Validation errors go back
 * field by field in the user's language; an unexpected error is logged with an id that the
 * user sees.
 */
export function formAction<S extends z.ZodType, R>(opts: Options<S, R>) {
  return async function action(_prev: FormState, formData: FormData): Promise<FormState> {
    const [t, tRoot] = await Promise.all([getTranslations("common"), getTranslations()]);
    const tErrors = (key: string, params?: Record<string, string | number>) => t(`errors.${key}`, params);
    const tAny = (key: string, params?: Record<string, string | number>) => tRoot(key, params);
    const values = valuesOf(formData);
    const actor = await getActor();
    if (!actor) redirect("/sign-in");
    if (!can(actor.role, opts.permission)) return { status: "error", message: t("errors.forbidden"), values };

    const parsed = opts.schema.safeParse(inputOf(formData));
    if (!parsed.success) {
      return { status: "error", fieldErrors: translateIssues(parsed.error.issues, tErrors, tAny), message: t("errors.checkFields"), values };
    }

    let result: R;
    try {
      const ip = clientIp(await headers());
      result = await opts.run(parsed.data, { actor, ip });
    } catch (error) {
      if (error instanceof FieldError) {
        const text = translateMessageKey(error.messageKey, tErrors, tAny);
        if (error.field === "_form") return { status: "error", message: text, values, data: error.data };
        return { status: "error", fieldErrors: { [error.field]: text }, message: t("errors.checkFields"), values, data: error.data };
      }
      if (error instanceof NotFoundError) return { status: "error", message: t("errors.notFound"), values };
      if (error instanceof ForbiddenError) return { status: "error", message: t("errors.forbidden"), values };
      const id = randomUUID().slice(0, 8);
      console.error(`[action-error ${id}]`, error);
      return { status: "error", message: t("errors.unexpected", { id }), values };
    }
    if (opts.onSuccess) await opts.onSuccess(result, parsed.data);
    return opts.toState ? opts.toState(result) : { status: "ok" };
  };
}
