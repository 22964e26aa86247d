import type { z } from "zod";

type Translate = (key: string, values?: Record<string, string | number>) => string;

const KNOWN = new Set([
  "required", "tooLong", "tooShort", "invalidEmail", "invalidFormat", "noMarkup", "invalidChoice",
  "invalidDate", "invalidNumber", "passwordTooShort", "passwordTooLong", "passwordTooCommon",
  "passwordMismatch", "emailTaken", "villageRequired", "regionRequired", "unknownVillage",
  "unknownRegion", "wrongPassword", "notNegative",
]);

// A feature's own messages are written "namespace:key" (e.g. "registry:nikLength") and
// live in that namespace's catalog under `errors` (registry.errors.nikLength). They need a
// translator over the whole catalog (`getTranslations()` without a namespace); without one
// the issue falls back to the generic message of its kind, as before.
const NAMESPACED = /^([a-z][A-Za-z]*):([A-Za-z][A-Za-z0-9]*)$/;

/** "registry:nikLength" → { namespace: "registry", key: "nikLength" }; null for a common.errors key. */
export function splitMessageKey(message: string): { namespace: string; key: string } | null {
  const m = NAMESPACED.exec(message);
  return m ? { namespace: m[1]!, key: m[2]! } : null;
}

/** One message key (e.g. a FieldError's) in the user's language: `t` for common.errors keys, `tRoot` for "namespace:key". */
export function translateMessageKey(message: string, t: Translate, tRoot?: Translate, params?: Record<string, string | number>): string {
  const namespaced = splitMessageKey(message);
  if (!namespaced) return t(message, params);
  return tRoot ? tRoot(`${namespaced.namespace}.errors.${namespaced.key}`, params) : t("invalidFormat", params);
}

/** The first problem of each field, as a sentence in the user's language. */
export function translateIssues(issues: z.core.$ZodIssue[], t: Translate, tRoot?: Translate): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join(".") || "_form";
    if (out[field]) continue;
    const params: Record<string, string | number> = {};
    if ("maximum" in issue) params.max = Number(issue.maximum);
    if ("minimum" in issue) params.min = Number(issue.minimum);
    const namespaced = splitMessageKey(issue.message);
    if (namespaced && tRoot) {
      out[field] = tRoot(`${namespaced.namespace}.errors.${namespaced.key}`, params);
      continue;
    }
    let key = KNOWN.has(issue.message) ? issue.message : byCode(issue);
    if (key === "tooLong" && params.max === undefined) key = "invalidFormat";
    out[field] = t(key, params);
  }
  return out;
}

function byCode(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "too_small":
      return Number(issue.minimum) <= 1 ? "required" : "tooShort";
    case "too_big":
      return "tooLong";
    case "invalid_type":
      return "required";
    case "invalid_value":
      return "invalidChoice";
    default:
      return "invalidFormat";
  }
}
