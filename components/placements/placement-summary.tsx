import { getTranslations } from "next-intl/server";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { PlacementDetail } from "@/lib/placements/get-placement";
import { jobNotices } from "@/lib/placements/job-notices";
import { PlacementStatusBadge } from "./placement-status-badge";

/** What the placement is, at a glance: status and flags first, then the details. */
export async function PlacementSummary({ placement, locale }: { placement: PlacementDetail; locale: Locale }) {
  const t = await getTranslations("placements");
  const notices = jobNotices(placement.job, placement.country);
  const none = t("page.none");
  const text = (v: string | null) => v || none;
  const date = (d: Date | null) => (d ? formatDate(d, locale) : none);
  const rows: [string, string][] = [
    [t("fields.countryCode"), locale === "en" ? placement.country.nameEn : placement.country.nameId],
    [t("fields.jobCode"), locale === "en" ? placement.job.nameEn : placement.job.nameId],
    [t("fields.sector"), t(`sector.${placement.job.sector}`)],
    [t("fields.employer"), text(placement.employer)],
    [t("fields.channel"), t(`channel.${placement.channel}`)],
    [t("fields.recruiterName"), text(placement.recruiterName)],
    [t("fields.sip2miNumber"), text(placement.sip2miNumber)],
    [t("fields.agentName"), text([placement.agentName, placement.agentPhone].filter(Boolean).join(" · "))],
    [t("fields.contractStart"), date(placement.contractStart)],
    [t("fields.contractEnd"), date(placement.contractEnd)],
    [t("fields.departureDate"), date(placement.departureDate)],
    [t("fields.returnDate"), date(placement.returnDate)],
    [t("fields.contactAbroadName"), text([placement.contactAbroadName, placement.contactAbroadPhone].filter(Boolean).join(" · "))],
    [t("fields.lastContactAt"), placement.lastContactAt ? formatDateTime(placement.lastContactAt, locale) : none],
    [t("page.createdAt"), formatDate(placement.createdAt, locale, { wib: true })],
  ];

  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        <PlacementStatusBadge status={placement.status} label={t(`status.${placement.status}`)} />
        <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${placement.checklistComplete ? "bg-green-100 text-green-900" : "bg-slate-100 text-slate-800"}`}>
          {placement.checklistComplete ? t("page.checklistComplete") : t("page.checklistIncomplete")}
        </span>
        {placement.departedWithoutVerification ? (
          <span className="inline-block rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900">{t("page.unverifiedDeparture")}</span>
        ) : null}
      </div>
      {notices.zeroCost ? <p className="mt-3 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">{t("form.zeroCost")}</p> : null}
      {notices.moratoriumWarning ? <p className="mt-3 rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("form.moratorium")}</p> : null}
      <dl className="mt-4 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-600">{label}</dt>
            <dd className="mb-1 [overflow-wrap:anywhere] sm:mb-0">{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
