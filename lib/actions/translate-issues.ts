import type { z } from "zod";

type Translate = (key: string, values?: Record<string, string | number>) => string;

const KNOWN = new Set([
  "required", "tooLong", "tooShort", "invalidEmail", "invalidFormat", "noMarkup", "invalidChoice",
  "invalidDate", "invalidNumber", "passwordTooShort", "passwordTooLong", "passwordTooCommon",
  "passwordMismatch", "emailTaken", "villageRequired", "regionRequired", "unknownVillage",
  "unknownRegion", "wrongPassword", "notNegative",
]);

/** The first problem of each field, as a sentence in the user's language. */
export function translateIssues(issues: z.core.$ZodIssue[], t: Translate): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join(".") || "_form";
    if (out[field]) continue;
    const params: Record<string, string | number> = {};
    if ("maximum" in issue) params.max = Number(issue.maximum);
    if ("minimum" in issue) params.min = Number(issue.minimum);
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
