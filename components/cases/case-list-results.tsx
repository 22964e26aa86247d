import { getTranslations } from "next-intl/server";
import { KeysetPager } from "@/components/admin/keyset-pager";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { CaseListResult } from "@/lib/cases/lists/list-cases";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { CaseTable } from "./case-table";

/**
 * What the three case lists (/cases, /cases/mine, /cases/overdue) show under their header:
 * the count, the download links for the same filter, the table or the empty state, the pager.
 */
export async function CaseListResults({
  list,
  locale,
  basePath,
  params,
  onLaterPage,
  showVillage,
  exportParams,
  emptyText,
}: {
  list: CaseListResult;
  locale: Locale;
  basePath: string;
  /** The page's filters as URL parameters, without the cursor. */
  params: URLSearchParams;
  onLaterPage: boolean;
  showVillage: boolean;
  /** The filters for /cases/export; null when the actor may not export. */
  exportParams: URLSearchParams | null;
  emptyText: string;
}) {
  const t = await getTranslations("caseLists");
  const exportHref = (format: "csv" | "xlsx") => {
    const p = new URLSearchParams(exportParams ?? undefined);
    p.set("format", format);
    return `/cases/export?${p.toString()}`;
  };
  const formatted = formatNumber(list.total, locale);
  return (
    <>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <p className="text-base font-semibold" role="status">
          {list.totalCapped ? t("countAtLeast", { formatted }) : t("count", { total: list.total, formatted })}
        </p>
        {exportParams && list.total > 0 ? (
          <div role="group" aria-label={t("export.label")} className="no-print flex flex-wrap gap-2 text-sm">
            <a href={exportHref("csv")} className={buttonClass("secondary")}>{t("export.csv")}</a>
            <a href={exportHref("xlsx")} className={buttonClass("secondary")}>{t("export.xlsx")}</a>
          </div>
        ) : null}
      </div>
      {list.rows.length === 0 ? <EmptyState text={emptyText} /> : <CaseTable rows={list.rows} locale={locale} showVillage={showVillage} />}
      <KeysetPager
        basePath={basePath}
        params={params}
        nextCursor={list.nextCursor}
        onLaterPage={onLaterPage}
        strings={{ label: t("pager.label"), first: t("pager.first"), next: t("pager.next") }}
      />
    </>
  );
}
