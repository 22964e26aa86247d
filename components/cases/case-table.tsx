import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import type { CaseRow } from "@/lib/cases/lists/list-cases";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { CaseStatusBadge, OverdueBadge, UrgentBadge } from "./case-badges";

/** A case list; each row links to the case page. On a phone each row is a card (ScrollTable). */
export async function CaseTable({ rows, locale, showVillage }: { rows: CaseRow[]; locale: Locale; showVillage: boolean }) {
  const t = await getTranslations("caseLists.table");
  const tc = await getTranslations("cases");
  const country = (r: CaseRow) => (r.countryCode ? ((locale === "en" ? r.countryNameEn : r.countryNameId) ?? r.countryCode) : "");
  return (
    <ScrollTable label={t("caption")}>
      <thead className={thead}>
        <tr>
          <th scope="col" className={th}>{t("number")}</th>
          {showVillage ? <th scope="col" className={th}>{t("village")}</th> : null}
          <th scope="col" className={th}>{t("category")}</th>
          <th scope="col" className={th}>{t("country")}</th>
          <th scope="col" className={th}>{t("status")}</th>
          <th scope="col" className={th}>{t("due")}</th>
          <th scope="col" className={th}>{t("handler")}</th>
          <th scope="col" className={th}>{t("reported")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className={tr}>
            <td data-label={t("number")} className={td}>
              <Link href={`/cases/${r.id}`} className="whitespace-nowrap font-mono text-sm font-medium">
                {r.number}
              </Link>
              <span className="block font-medium">{r.workerName}</span>
              {r.urgent || r.overdue ? (
                <span className="mt-1 flex flex-wrap gap-1">
                  {r.urgent ? <UrgentBadge label={t("urgent")} /> : null}
                  {r.overdue ? <OverdueBadge label={t("overdue")} /> : null}
                </span>
              ) : null}
            </td>
            {showVillage ? (
              <td data-label={t("village")} className={td}>
                {r.villageName ?? r.villageCode}
              </td>
            ) : null}
            <td data-label={t("category")} className={td}>
              {tc(`category.${r.category}`)}
            </td>
            <td data-label={t("country")} className={td}>
              {country(r)}
            </td>
            <td data-label={t("status")} className={td}>
              <CaseStatusBadge label={tc(`status.${r.status}`)} />
            </td>
            <td data-label={t("due")} className={`${td} whitespace-nowrap`}>
              {r.dueAt ? formatDateTime(r.dueAt, locale) : t("noDue")}
            </td>
            <td data-label={t("handler")} className={td}>
              {r.handlerName ?? <span className="text-slate-600">{t("noHandler")}</span>}
            </td>
            <td data-label={t("reported")} className={`${td} whitespace-nowrap`}>
              {formatDate(r.reportedAt, locale, { wib: true })}
              <span className="block text-xs text-slate-600">{t("age", { days: r.ageDays })}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
