import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { KeysetPager } from "@/components/admin/keyset-pager";
import { MonitoringCards } from "@/components/perdes/monitoring-cards";
import { MonitoringTable } from "@/components/perdes/monitoring-table";
import { PeriodFilter } from "@/components/perdes/period-filter";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { villageScope } from "@/lib/authz";
import { toLocale } from "@/lib/i18n/locales";
import { countMonitoring, listMonitoring } from "@/lib/perdes/monitoring/list-monitoring";
import { parseMonitoringList, PERIOD_LISTS, type MonitoringList } from "@/lib/perdes/monitoring/monitoring-lists";
import { parsePerdesPeriod, periodParams } from "@/lib/perdes/period";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("scorecard.monitoring");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Departures and returns of the actor's villages (issue 7, item 4): five counts for the
// period (default this month), the chosen list below them, and its download.
export default async function MonitoringPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("monitoring:read");
  const raw = await searchParams;
  const period = parsePerdesPeriod(raw);
  const list = parseMonitoringList(raw.list);
  const [counts, page] = await Promise.all([countMonitoring(actor, period), listMonitoring(actor, list, period, raw.cursor)]);
  const t = await getTranslations("scorecard.monitoring");
  const locale = toLocale(await getLocale());

  const paramsOf = (l: MonitoringList) => {
    const p = periodParams(period);
    p.set("list", l);
    return p;
  };
  const exportHref = (format: "csv" | "xlsx") => {
    const p = paramsOf(list);
    p.set("format", format);
    return `/perdes/monitoring/export?${p.toString()}`;
  };
  const oneVillage = typeof villageScope(actor).villageCode === "string";

  return (
    <>
      <PageHeader title={t("title")} description={oneVillage ? t("descriptionVillage") : t("descriptionRegion")} />
      <PeriodFilter action="/perdes/monitoring" period={period} keep={{ list }} />
      <MonitoringCards counts={counts} current={list} hrefOf={(l) => `/perdes/monitoring?${paramsOf(l).toString()}`} />

      <section aria-labelledby="list-title">
        <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
          <div>
            <h2 id="list-title">{t(`lists.${list}.title`)}</h2>
            <p className="mt-1 text-sm text-slate-700">{PERIOD_LISTS.has(list) ? t("inPeriod") : t("now")}</p>
          </div>
          {page.rows.length > 0 ? (
            <div className="no-print flex flex-wrap gap-2">
              <a href={exportHref("xlsx")} className={buttonClass("secondary")} download>
                {t("export.xlsx")}
              </a>
              <a href={exportHref("csv")} className={buttonClass("secondary")} download>
                {t("export.csv")}
              </a>
            </div>
          ) : null}
        </div>
        {page.rows.length === 0 ? (
          <EmptyState text={t(`lists.${list}.empty`)} />
        ) : (
          <MonitoringTable list={list} rows={page.rows} locale={locale} showVillage={!oneVillage} />
        )}
        <KeysetPager
          basePath="/perdes/monitoring"
          params={paramsOf(list)}
          nextCursor={page.nextCursor}
          onLaterPage={!!raw.cursor}
          strings={{ label: t("pager.label"), first: t("pager.first"), next: t("pager.next") }}
        />
      </section>
    </>
  );
}
