import { z } from "zod";

// Field builders shared by every form. Messages are keys of the `common.errors` catalog,
// translated when the action answers (lib/actions/form-action.ts).

const MARKUP = /[<>]/;

/** Free text: trimmed, required unless `optional`, no angle brackets (no markup or script tags). */
export function text(max: number) {
  return z.string("required").trim().min(1, "required").max(max, "tooLong").refine((s) => !MARKUP.test(s), "noMarkup");
}

export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, "tooLong")
    .refine((s) => !MARKUP.test(s), "noMarkup")
    .transform((s) => (s === "" ? null : s))
    .nullable()
    .optional()
    .transform((s) => s ?? null);
}

export function email() {
  return z.string("required").trim().toLowerCase().min(1, "required").max(254, "tooLong").pipe(z.email("invalidEmail"));
}

/** A checkbox: present means true. */
export function checkbox() {
  return z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
}

/** One option of a fixed list (a select). */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, "invalidChoice");
}

/** A search box or filter from the URL: trimmed, too long or malformed counts as not given. */
export function queryText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .optional()
    .catch(undefined)
    .transform((s) => s || undefined);
}
