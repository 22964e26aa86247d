"use client";
import { useState, type FormEvent } from "react";
import { signOut } from "next-auth/react";
import { buttonClass } from "@/components/ui/button";

/**
 * Signs out through next-auth (which ends the session row, see events.signOut in
 * lib/auth/options.ts). Without JavaScript the form still posts to next-auth, which then
 * shows its own confirmation page carrying the CSRF token.
 */
export function SignOutButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const [pending, setPending] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    signOut({ callbackUrl: "/sign-in" }).catch(() => setPending(false));
  }

  return (
    <form method="post" action="/api/auth/signout" onSubmit={onSubmit}>
      <button type="submit" className={buttonClass("secondary")} disabled={pending} aria-disabled={pending}>
        {pending ? pendingLabel : label}
      </button>
    </form>
  );
}
