import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { MonitoringList } from "@/lib/perdes/monitoring/monitoring-lists";
import type { MonitoringRow } from "@/lib/perdes/monitoring/list-monitoring";

/** One monitoring list; each name opens the placement. */
export async function MonitoringTable({ list, rows, locale, showVillage }: { list: MonitoringList; rows: MonitoringRow[]; locale: Locale; showVillage: boolean }) {
  const t = await getTranslations("scorecard.monitoring");
  const tp = await getTranslations("placements");
  const none = t("table.none");
  const date = (d: Date | null) => (d ? formatDate(d, locale) : none);
  const showReturn = list === "returns";
  return (
    <ScrollTable label={t("table.caption", { list: t(`lists.${list}.title`) })}>
      <thead className={thead}>
        <tr>
          <th scope="col" className={th}>{t("table.name")}</th>
          {showVillage ? <th scope="col" className={th}>{t("table.village")}</th> : null}
          <th scope="col" className={th}>{t("table.country")}</th>
          <th scope="col" className={th}>{t("table.departure")}</th>
          <th scope="col" className={th}>{t("table.contractEnd")}</th>
          {showReturn ? <th scope="col" className={th}>{t("table.returnDate")}</th> : null}
          <th scope="col" className={th}>{t("table.daysOverdue")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.placementId} className={tr}>
            <td data-label={t("table.name")} className={td}>
              <Link href={`/registry/placements/${r.placementId}`} className="font-semibold" aria-label={t("table.open", { name: r.personName })}>
                {r.personName}
              </Link>
              <span className="block text-xs text-slate-600">
                {tp(`status.${r.status}`)}
                {r.nonProcedural ? ` · ${t("table.nonProcedural")}` : ""}
              </span>
            </td>
            {showVillage ? <td data-label={t("table.village")} className={td}>{r.villageName ?? r.villageCode}</td> : null}
            <td data-label={t("table.country")} className={td}>{(locale === "en" ? r.countryNameEn : r.countryNameId) ?? r.countryCode}</td>
            <td data-label={t("table.departure")} className={`${td} whitespace-nowrap`}>{date(r.departureDate)}</td>
            <td data-label={t("table.contractEnd")} className={`${td} whitespace-nowrap`}>{date(r.contractEnd)}</td>
            {showReturn ? <td data-label={t("table.returnDate")} className={`${td} whitespace-nowrap`}>{date(r.returnDate)}</td> : null}
            <td data-label={t("table.daysOverdue")} className={`${td} whitespace-nowrap`}>
              {r.daysOverdue === null ? none : <span className="font-semibold text-red-800">{t("table.days", { days: r.daysOverdue })}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
