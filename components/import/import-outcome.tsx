import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import type { ImportResult } from "@/lib/import/import-status";

const RESULT_KEYS = ["created", "updated", "unchanged", "households", "placements", "skipped"] as const;

/** What a finished import wrote. */
export function ImportResultSummary({
  result,
  formatNumber,
  strings,
}: {
  result: ImportResult;
  formatNumber: (n: number) => string;
  strings: Record<(typeof RESULT_KEYS)[number] | "heading" | "intro" | "toRegistry" | "another", string>;
}) {
  return (
    <section aria-labelledby="import-result-heading" className="flex flex-col gap-4">
      <div role="status" className="rounded-md border border-green-300 bg-green-50 px-4 py-3 text-green-900">
        <h2 id="import-result-heading" className="text-lg font-semibold">
          {strings.heading}
        </h2>
        <p className="text-sm">{strings.intro}</p>
      </div>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        {RESULT_KEYS.map((key) => (
          <div key={key} className="rounded-lg border border-slate-200 bg-white p-3">
            <dt className="text-xs text-slate-700">{strings[key]}</dt>
            <dd className="text-2xl font-semibold" data-count={key}>
              {formatNumber(result[key])}
            </dd>
          </div>
        ))}
      </dl>
      <div className="flex flex-wrap gap-2">
        <Link href="/registry?sort=newest" className={buttonClass()}>
          {strings.toRegistry}
        </Link>
        <Link href="/registry/import" className={buttonClass("secondary")}>
          {strings.another}
        </Link>
      </div>
    </section>
  );
}

/** Why an import stopped; the registry is unchanged in every case. */
export function ImportFailureNotice({ heading, reason, nothingWritten }: { heading: string; reason: string; nothingWritten: string }) {
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-red-900">
      <h2 className="text-lg font-semibold">{heading}</h2>
      <p className="text-sm">{reason}</p>
      <p className="text-sm font-semibold">{nothingWritten}</p>
    </div>
  );
}
