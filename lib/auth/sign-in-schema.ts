import { z } from "zod";
import { email } from "@/lib/validation/fields";

// The sign-in form's rules, free of server code so the browser checks the same thing
// before asking the server. Same rules as signInSchema in lib/auth/sign-in.ts (which the
// server applies); messages are keys of `common.errors`.
export const SIGN_IN_PASSWORD_MAX = 200;
export const SIGN_IN_EMAIL_MAX = 254;

export const signInFormSchema = z.object({
  email: email(),
  password: z.string("required").min(1, "required").max(SIGN_IN_PASSWORD_MAX, "tooLong"),
});

export type SignInField = keyof z.infer<typeof signInFormSchema>;

/** The first problem of each field, as a message key (required, invalidEmail, tooLong). */
export function signInFieldProblems(input: { email: string; password: string }): Partial<Record<SignInField, string>> {
  const parsed = signInFormSchema.safeParse(input);
  if (parsed.success) return {};
  const out: Partial<Record<SignInField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as SignInField;
    out[field] ??= issue.message;
  }
  return out;
}
