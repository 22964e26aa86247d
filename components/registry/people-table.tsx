import { getTranslations } from "next-intl/server";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { PersonRow } from "@/lib/registry/list-people";
import { StatusBadge } from "./status-badge";

/** The people list; on a phone each row is a card (ScrollTable). */
export async function PeopleTable({
  rows,
  locale,
  countryNames,
  villageNames,
}: {
  rows: PersonRow[];
  locale: Locale;
  countryNames: Map<string, string>;
  /** Only for staff who see several villages. */
  villageNames: Map<string, string> | null;
}) {
  const t = await getTranslations("registry");
  const place = (r: PersonRow) =>
    [r.dusun, r.rt || r.rw ? t("table.rtRw", { rt: r.rt ?? "-", rw: r.rw ?? "-" }) : null].filter(Boolean).join(", ");
  return (
    <ScrollTable label={t("table.caption")}>
      <thead className={thead}>
        <tr>
          <th scope="col" className={th}>{t("table.name")}</th>
          <th scope="col" className={th}>{t("table.nik")}</th>
          <th scope="col" className={th}>{t("table.birthDate")}</th>
          <th scope="col" className={th}>{villageNames ? t("table.village") : t("table.dusun")}</th>
          <th scope="col" className={th}>{t("table.status")}</th>
          <th scope="col" className={th}>{t("table.destination")}</th>
          <th scope="col" className={th}>{t("table.checklist")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className={tr}>
            <td data-label={t("table.name")} className={td}>
              {/* A plain link: 25 next/link components would be rendered, hydrated and prefetched per page (docs/decisions/027). */}
              <a href={`/registry/people/${r.id}`} className="font-medium">
                {r.name}
              </a>
              <span className="block text-xs text-slate-600">{t(`sexes.${r.sex}`)}</span>
            </td>
            <td data-label={t("table.nik")} className={`${td} whitespace-nowrap font-mono text-xs`}>{r.nik}</td>
            <td data-label={t("table.birthDate")} className={`${td} whitespace-nowrap`}>{formatDate(r.birthDate, locale)}</td>
            <td data-label={villageNames ? t("table.village") : t("table.dusun")} className={td}>
              {villageNames ? (villageNames.get(r.villageCode) ?? r.villageCode) : place(r)}
            </td>
            <td data-label={t("table.status")} className={td}>
              <StatusBadge status={r.currentStatus} label={r.currentStatus ? t(`status.${r.currentStatus}`) : t("status.none")} />
            </td>
            <td data-label={t("table.destination")} className={td}>
              {r.currentCountryCode ? (countryNames.get(r.currentCountryCode) ?? r.currentCountryCode) : ""}
            </td>
            <td data-label={t("table.checklist")} className={td}>
              {r.currentChecklistComplete == null ? "" : r.currentChecklistComplete ? t("table.checklistComplete") : t("table.checklistIncomplete")}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
