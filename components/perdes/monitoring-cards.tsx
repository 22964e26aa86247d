import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { MONITORING_LISTS, type MonitoringList } from "@/lib/perdes/monitoring/monitoring-lists";
import type { MonitoringCounts } from "@/lib/perdes/monitoring/list-monitoring";

/**
 * The five counts as cards; each card is also the tab that opens its list below (plain
 * links, so the page works without JavaScript and a list can be bookmarked).
 */
export async function MonitoringCards({ counts, current, hrefOf }: { counts: MonitoringCounts; current: MonitoringList; hrefOf: (list: MonitoringList) => string }) {
  const t = await getTranslations("scorecard.monitoring");
  const locale = toLocale(await getLocale());
  return (
    <nav aria-label={t("tabsLabel")} className="mb-6">
      <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
        {MONITORING_LISTS.map((list) => (
          <li key={list}>
            <Link
              href={hrefOf(list)}
              aria-current={list === current ? "page" : undefined}
              className={`block h-full min-h-11 rounded-lg border bg-white p-4 no-underline shadow-sm hover:border-slate-500 aria-[current=page]:border-2 aria-[current=page]:border-slate-900 ${list === "nonProcedural" || list === "returnsDue" ? "border-amber-300" : "border-slate-200"}`}
            >
              <span className="block text-3xl font-semibold text-slate-900">{formatNumber(counts[list], locale)}</span>
              <span className="mt-1 block text-sm font-semibold underline">{t(`lists.${list}.title`)}</span>
              <span className="mt-1 block text-xs text-slate-700">{t(`lists.${list}.body`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
