import { buttonClass } from "@/components/ui/button";

// Keyset paging goes forward only: "next page" carries the last row's cursor, "first page"
// drops it. Both are plain links, so paging works without JavaScript and can be bookmarked;
// plain <a>, not next/link, which would prefetch the next page of a million-row list on sight
// (docs/decisions/027).
export function KeysetPager({
  basePath,
  params,
  nextCursor,
  onLaterPage,
  summary,
  strings,
}: {
  basePath: string;
  /** The current filters (without the cursor). */
  params: URLSearchParams;
  nextCursor: string | null;
  onLaterPage: boolean;
  summary?: string;
  strings: { label: string; first: string; next: string };
}) {
  const href = (cursor?: string) => {
    const p = new URLSearchParams(params);
    if (cursor) p.set("cursor", cursor);
    const qs = p.toString();
    return qs ? `${basePath}?${qs}` : basePath;
  };
  if (!summary && !nextCursor && !onLaterPage) return null;
  return (
    <nav aria-label={strings.label} className="mt-4 flex flex-wrap items-center justify-between gap-3">
      {summary ? <p className="text-sm text-slate-600">{summary}</p> : <span />}
      <div className="flex flex-wrap gap-2">
        {onLaterPage ? (
          <a href={href()} className={buttonClass("secondary")}>
            {strings.first}
          </a>
        ) : null}
        {nextCursor ? (
          <a href={href(nextCursor)} className={buttonClass("secondary")} rel="next">
            {strings.next}
          </a>
        ) : null}
      </div>
    </nav>
  );
}
