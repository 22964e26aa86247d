"use client";
import { useRef, useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { lockedUntilClock, parseSignInError } from "@/lib/auth/sign-in-error";
import { signInFieldProblems, type SignInField } from "@/lib/auth/sign-in-schema";

export type SignInStrings = {
  email: string;
  password: string;
  submit: string;
  pending: string;
  invalid: string;
  /** Contains `{time}`, filled in here because the lockout end is only known after the attempt. */
  locked: string;
  failed: string;
  checkFields: string;
  /** Field messages by message key (required, invalidEmail, tooLong), already worded. */
  fieldErrors: Record<SignInField, Record<string, string>>;
};

type Props = { callbackUrl: string; strings: SignInStrings; initialError?: string };

/**
 * Checks the fields with the server's rules first, then signs in through next-auth without
 * a full page load. A wrong e-mail and a wrong password get the same answer, so the form
 * does not reveal which accounts exist.
 */
export function SignInForm({ callbackUrl, strings, initialError }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const input = (name: SignInField) => formRef.current?.elements.namedItem(name) as HTMLInputElement | null | undefined;
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<SignInField, string>>>({});
  const [formError, setFormError] = useState<string | undefined>(initialError);
  const [pending, setPending] = useState(false);

  function failureText(error: string | null | undefined): string {
    const failure = parseSignInError(error ?? "");
    if (failure.kind === "invalid") return strings.invalid;
    if (failure.kind === "locked") return strings.locked.replace("{time}", lockedUntilClock(failure.until));
    return strings.failed;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    const values = { email: String(data.get("email") ?? ""), password: String(data.get("password") ?? "") };

    const problems = signInFieldProblems(values);
    const messages: Partial<Record<SignInField, string>> = {};
    for (const field of ["email", "password"] as const) {
      const key = problems[field];
      if (key) messages[field] = strings.fieldErrors[field][key] ?? strings.fieldErrors[field].required;
    }
    setFieldErrors(messages);
    if (messages.email || messages.password) {
      setFormError(strings.checkFields);
      input(messages.email ? "email" : "password")?.focus();
      return;
    }

    setFormError(undefined);
    setPending(true);
    try {
      const result = await signIn("credentials", { email: values.email, password: values.password, redirect: false });
      if (result?.ok && !result.error) {
        // Stay "pending" until the staff page replaces this one.
        // A full page load: the staff layout and its session are rendered fresh. A client-side
        // replace + refresh raced with the layout's one-time-password redirect and left a blank page.
        window.location.assign(callbackUrl);
        return;
      }
      setFormError(failureText(result?.error));
      const password = input("password");
      if (password) password.value = "";
      password?.focus();
    } catch {
      setFormError(strings.failed);
    }
    setPending(false);
  }

  return (
    // method="post": without JavaScript the browser must never put the password in the URL.
    // The fallback target refuses a request without next-auth's CSRF token and comes back here.
    <form ref={formRef} method="post" action="/api/auth/callback/credentials" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {formError}
        </p>
      ) : null}
      <TextField
        label={strings.email}
        name="email"
        type="email"
        inputMode="email"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        maxLength={254}
        error={fieldErrors.email}
      />
      <TextField
        label={strings.password}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={fieldErrors.password}
      />
      <Button type="submit" disabled={pending} aria-disabled={pending} className="w-full">
        {pending ? strings.pending : strings.submit}
      </Button>
    </form>
  );
}
