import { getTranslations } from "next-intl/server";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { PersonRecords } from "@/lib/registry/list-person-records";
import { StatusBadge } from "./status-badge";

/** The person's placements (trips abroad), newest first, each linking to its placement page. */
export async function PersonPlacements({ placements, locale }: { placements: PersonRecords["placements"]; locale: Locale }) {
  const t = await getTranslations("registry.placements");
  const ts = await getTranslations("registry.status");
  if (placements.length === 0) return <EmptyState text={t("empty")} />;
  const range = (from: Date | null, to: Date | null) =>
    from || to ? `${formatDate(from, locale) || "…"} – ${formatDate(to, locale) || "…"}` : "";
  return (
    <ScrollTable label={t("caption")}>
      <thead className={thead}>
        <tr>
          <th scope="col" className={th}>{t("status")}</th>
          <th scope="col" className={th}>{t("country")}</th>
          <th scope="col" className={th}>{t("job")}</th>
          <th scope="col" className={th}>{t("departure")}</th>
          <th scope="col" className={th}>{t("contract")}</th>
          <th scope="col" className={th}>{t("open")}</th>
        </tr>
      </thead>
      <tbody>
        {placements.map((p) => (
          <tr key={p.id} className={tr}>
            <td data-label={t("status")} className={td}>
              <StatusBadge status={p.status} label={ts(p.status)} />
              <span className="block text-xs text-slate-600">{p.checklistComplete ? t("checklistComplete") : t("checklistIncomplete")}</span>
            </td>
            <td data-label={t("country")} className={td}>{locale === "en" ? p.country.nameEn : p.country.nameId}</td>
            <td data-label={t("job")} className={td}>
              {locale === "en" ? p.job.nameEn : p.job.nameId}
              {p.employer ? <span className="block text-xs text-slate-600">{p.employer}</span> : null}
            </td>
            <td data-label={t("departure")} className={`${td} whitespace-nowrap`}>{range(p.departureDate, p.returnDate)}</td>
            <td data-label={t("contract")} className={`${td} whitespace-nowrap`}>{range(p.contractStart, p.contractEnd)}</td>
            <td data-label={t("open")} className={td}>
              <a href={`/registry/placements/${p.id}`}>{t("openLink", { date: formatDate(p.createdAt, locale, { wib: true }) })}</a>
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
