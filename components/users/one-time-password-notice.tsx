"use client";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";

export type OneTimePasswordStrings = {
  title: string;
  intro: string;
  label: string;
  warning: string;
  handOver: string;
  copy: string;
  copied: string;
  copyFailed: string;
};

/**
 * Shows a one-time password once, right after the action that made it. It lives only in
 * this answer: it is not in a URL, not stored readable, not logged. Without JavaScript the
 * text can still be selected and copied by hand.
 */
export function OneTimePasswordNotice({
  password,
  strings,
  links,
}: {
  password: string;
  strings: OneTimePasswordStrings;
  links: { href: string; label: string; primary?: boolean }[];
}) {
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");
  async function copyPassword() {
    try {
      await navigator.clipboard.writeText(password);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  }
  return (
    <section aria-labelledby="otp-title" className="rounded-lg border-2 border-amber-400 bg-amber-50 p-4 sm:p-6">
      <h2 id="otp-title">{strings.title}</h2>
      <p className="mt-2 text-sm text-slate-800">{strings.intro}</p>
      <p className="mt-3 text-sm font-semibold text-amber-900" role="alert">
        {strings.warning}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <p className="flex flex-col gap-1">
          <span className="text-sm text-slate-700">{strings.label}</span>
          <code
            data-testid="one-time-password"
            className="select-all rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-xl tracking-wider text-slate-900"
          >
            {password}
          </code>
        </p>
        <button type="button" onClick={copyPassword} className={buttonClass("secondary")}>
          {copy === "copied" ? strings.copied : strings.copy}
        </button>
      </div>
      <p aria-live="polite" className="mt-1 min-h-5 text-sm text-slate-700">
        {copy === "failed" ? strings.copyFailed : ""}
      </p>
      <p className="mt-2 text-sm text-slate-700">{strings.handOver}</p>
      <div className="mt-4 flex flex-wrap gap-2">
        {links.map((l) => (
          // A full page load, not a client-side one: it drops this answer, password included.
          <a key={l.href} href={l.href} className={buttonClass(l.primary ? "primary" : "secondary")}>
            {l.label}
          </a>
        ))}
      </div>
    </section>
  );
}
