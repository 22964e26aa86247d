import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { WelfareRow } from "@/lib/placements/list-welfare";

/** Workers abroad without recent contact; each row opens the placement (check-ins are recorded there). */
export async function WelfareTable({ rows, locale, canOpenCase }: { rows: WelfareRow[]; locale: Locale; canOpenCase: boolean }) {
  const t = await getTranslations("placements.welfare");
  const tc = await getTranslations("cases.welfare");
  return (
    <ScrollTable label={t("caption")}>
      <thead className={thead}>
        <tr>
          <th scope="col" className={th}>{t("person")}</th>
          <th scope="col" className={th}>{t("destination")}</th>
          <th scope="col" className={th}>{t("departure")}</th>
          <th scope="col" className={th}>{t("lastContact")}</th>
          <th scope="col" className={th}>{t("daysSince")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.placementId} className={tr}>
            <td data-label={t("person")} className={td}>
              <Link href={`/registry/placements/${r.placementId}`} className="font-semibold" aria-label={t("open", { name: r.personName })}>
                {r.personName}
              </Link>
              {canOpenCase ? (
                <Link
                  href={`/cases/new?personId=${r.personId}&placementId=${r.placementId}&category=LOST_CONTACT`}
                  className="mt-1 block text-sm"
                  aria-label={`${tc("openCase")}: ${r.personName}`}
                >
                  {tc("openCase")}
                </Link>
              ) : null}
            </td>
            <td data-label={t("destination")} className={td}>
              {locale === "en" ? r.countryNameEn : r.countryNameId}
              <span className="block text-slate-600">{locale === "en" ? r.jobNameEn : r.jobNameId}</span>
            </td>
            <td data-label={t("departure")} className={`${td} whitespace-nowrap`}>{r.departureDate ? formatDate(r.departureDate, locale) : t("unknown")}</td>
            <td data-label={t("lastContact")} className={`${td} whitespace-nowrap`}>
              {r.lastContactAt ? formatDateTime(r.lastContactAt, locale) : <span className="font-semibold text-red-800">{t("neverContacted")}</span>}
            </td>
            <td data-label={t("daysSince")} className={`${td} whitespace-nowrap font-semibold`}>
              {r.daysSinceContact === null ? t("unknown") : t("daysCount", { days: r.daysSinceContact })}
              {r.neverContacted && r.daysSinceContact !== null ? <span className="block text-xs font-normal text-slate-600">{t("sinceDeparture")}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
