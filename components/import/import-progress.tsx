"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

type Progress = { stage: string; percent: number; step: string | null };

export type ImportProgressStrings = {
  heading: string;
  label: string;
  /** "{percent}% selesai" */
  percent: string;
  steps: Record<string, string>;
  safeToLeave: string;
};

/**
 * A progress bar fed by /registry/import/[id]/status every second; when the stage changes
 * the page is refreshed to show the next step. Without JavaScript the page reloads itself
 * (a meta refresh in <noscript> on the page).
 */
export function ImportProgress({ statusUrl, initial, strings }: { statusUrl: string; initial: Progress; strings: ImportProgressStrings }) {
  const router = useRouter();
  const [progress, setProgress] = useState(initial);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      try {
        const response = await fetch(statusUrl, { cache: "no-store" });
        if (response.ok) {
          const next = (await response.json()) as Progress;
          if (stopped) return;
          setProgress(next);
          if (next.stage !== initial.stage) {
            router.refresh();
            return;
          }
        }
      } catch {
        // A missed poll (network blip, server restart) is retried.
      }
      if (!stopped) timer = setTimeout(tick, 1000);
    };
    timer = setTimeout(tick, 1000);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [statusUrl, initial.stage, router]);

  const step = progress.step ? strings.steps[progress.step] : null;
  return (
    <section aria-labelledby="import-progress-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="import-progress-heading" className="text-lg font-semibold">
        {strings.heading}
      </h2>
      <progress value={progress.percent} max={100} aria-label={strings.label} className="mt-3 h-4 w-full accent-brand-700" />
      <p className="mt-2 text-sm text-slate-700" aria-live="polite">
        {strings.percent.replace("{percent}", String(progress.percent))}
        {step ? ` · ${step}` : null}
      </p>
      <p className="mt-2 text-xs text-slate-600">{strings.safeToLeave}</p>
    </section>
  );
}
