import Link from "next/link";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import { buttonClass } from "@/components/ui/button";
import type { ImportPreview as Preview } from "@/lib/import/import-status";

export type PreviewErrorRow = { key: string; line: number; field: string; value: string; reason: string };

export type ImportPreviewStrings = {
  heading: string;
  intro: string;
  counts: Record<keyof Preview | "label", string>;
  noErrors: string;
  errorsHeading: string;
  errorsIntro: string;
  tableLabel: string;
  line: string;
  field: string;
  value: string;
  reason: string;
  empty: string;
  download: string;
  pagerLabel: string;
  previousPage: string;
  nextPage: string;
  pageOf: string;
};

const COUNT_KEYS = ["rows", "valid", "new", "update", "placements", "errorRows"] as const;

/** Counts of the check, and every problem found, page by page, with the CSV report link. */
export function ImportPreview({
  preview,
  errors,
  page,
  hasMore,
  basePath,
  formatNumber,
  strings,
}: {
  preview: Preview;
  errors: PreviewErrorRow[];
  page: number;
  hasMore: boolean;
  basePath: string;
  formatNumber: (n: number) => string;
  strings: ImportPreviewStrings;
}) {
  return (
    <section aria-labelledby="preview-heading" className="flex flex-col gap-4">
      <div>
        <h2 id="preview-heading" className="text-lg font-semibold">
          {strings.heading}
        </h2>
        <p className="text-sm text-slate-700">{strings.intro}</p>
      </div>
      <dl aria-label={strings.counts.label} className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        {COUNT_KEYS.map((key) => (
          <div key={key} className={`rounded-lg border p-3 ${key === "errorRows" && preview.errorRows > 0 ? "border-red-300 bg-red-50" : "border-slate-200 bg-white"}`}>
            <dt className="text-xs text-slate-700">{strings.counts[key]}</dt>
            <dd className="text-2xl font-semibold" data-count={key}>
              {formatNumber(preview[key])}
            </dd>
          </div>
        ))}
      </dl>

      {preview.errors === 0 ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
          {strings.noErrors}
        </p>
      ) : (
        <section aria-labelledby="preview-errors-heading" className="flex flex-col gap-2">
          <h3 id="preview-errors-heading" className="text-base font-semibold">
            {strings.errorsHeading}
          </h3>
          <p className="text-sm text-slate-700">{strings.errorsIntro}</p>
          <p>
            <a href={`${basePath}/errors.csv`} className={buttonClass("secondary")} download>
              {strings.download}
            </a>
          </p>
          <ScrollTable label={strings.tableLabel}>
            <thead className={thead}>
              <tr>
                <th scope="col" className={th}>{strings.line}</th>
                <th scope="col" className={th}>{strings.field}</th>
                <th scope="col" className={th}>{strings.value}</th>
                <th scope="col" className={th}>{strings.reason}</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((e) => (
                <tr key={e.key} className={tr}>
                  <td data-label={strings.line} className={`${td} tabular-nums`}>{e.line}</td>
                  <td data-label={strings.field} className={td}>{e.field}</td>
                  <td data-label={strings.value} className={`${td} break-all`}>{e.value === "" ? <span className="text-slate-600">{strings.empty}</span> : e.value}</td>
                  <td data-label={strings.reason} className={td}>{e.reason}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          {page > 1 || hasMore ? (
            <nav aria-label={strings.pagerLabel} className="flex flex-wrap items-center gap-2">
              {page > 1 ? (
                <Link href={page === 2 ? basePath : `${basePath}?page=${page - 1}`} className={buttonClass("secondary")} rel="prev">
                  {strings.previousPage}
                </Link>
              ) : null}
              <span className="text-sm text-slate-700">{strings.pageOf}</span>
              {hasMore ? (
                <Link href={`${basePath}?page=${page + 1}`} className={buttonClass("secondary")} rel="next">
                  {strings.nextPage}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </section>
      )}
    </section>
  );
}
