"use client";
import { useLocale } from "next-intl";
import en from "@/lib/i18n/messages/en/common.json";
import id from "@/lib/i18n/messages/id/common.json";
import { Button } from "@/components/ui/button";

// An error boundary must be a client component and gets no props from a server parent,
// so it reads the few strings it needs from the catalogs directly. It never shows the
// error's message or stack; the digest is the id in the server log.
export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  const locale = useLocale();
  const e = (locale === "en" ? en : id).errors;
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <main id="main" className="mx-auto w-full max-w-md px-4 py-12">
      <h1>{e.pageErrorTitle}</h1>
      <p className="mt-2 text-slate-700">{e.pageErrorBody}</p>
      {digest ? <p className="mt-2 font-mono text-xs text-slate-500">{digest}</p> : null}
      <div className="mt-6">
        <Button type="button" onClick={() => retry()}>
          {e.tryAgain}
        </Button>
      </div>
    </main>
  );
}
