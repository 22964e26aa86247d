import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CaseDetail } from "@/lib/cases/get-case";
import { isOverdue } from "@/lib/cases/deadlines";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { CaseStatusBadge, OverdueBadge, UrgentBadge } from "./case-badges";

/** The case at a glance: status, deadline, the worker, the reporter and what happened. */
export async function CaseSummary({ kase, locale, now }: { kase: CaseDetail; locale: Locale; now: Date }) {
  const t = await getTranslations("cases");
  const none = t("page.none");
  const country = kase.country ? (locale === "en" ? kase.country.nameEn : kase.country.nameId) : none;
  const rows: [string, React.ReactNode][] = [
    [t("page.status"), (
      <span key="s" className="flex flex-wrap gap-2">
        <CaseStatusBadge label={t(`status.${kase.status}`)} />
        {kase.urgent ? <UrgentBadge label={t("badge.urgent")} /> : null}
        {isOverdue(kase.dueAt, now) ? <OverdueBadge label={t("badge.overdue")} /> : null}
      </span>
    )],
    [t("page.due"), kase.dueAt ? formatDateTime(kase.dueAt, locale) : none],
    [t("page.handler"), kase.handler?.name ?? t("page.noHandler")],
    [t("page.village"), kase.village.region.name],
    [t("page.worker"), kase.person ? (
      <span key="w">{kase.person.name} (<Link href={`/registry/people/${kase.person.id}`}>{t("page.registered")}</Link>)</span>
    ) : `${kase.workerName} (${t("page.notRegistered")})`],
    [t("page.category"), t(`category.${kase.category}`)],
    [t("page.country"), country],
    [t("page.reporter"), [kase.reporterName, kase.reporterRelation, kase.reporterPhone, kase.reporterAddress].filter(Boolean).join(" · ")],
    [t("page.happenedOn"), kase.happenedOn ? formatDate(kase.happenedOn, locale) : none],
    [t("page.reportedAt"), formatDateTime(kase.reportedAt, locale)],
  ];
  if (kase.verifiedAt) rows.push([t("page.verifiedAt"), formatDateTime(kase.verifiedAt, locale)]);
  if (kase.resolvedAt) rows.push([t("page.resolvedAt"), formatDateTime(kase.resolvedAt, locale)]);
  if (kase.closedAt) rows.push([t("page.closedAt"), formatDateTime(kase.closedAt, locale)]);
  if (kase.closeReason) rows.push([t("page.closeReason"), t(`closeReason.${kase.closeReason}`)]);
  if (kase.report) rows.push([t("page.fromReport"), <Link key="r" href={`/reports/${kase.report.id}`}>{kase.report.code}</Link>]);
  rows.push([t("page.trackingCode"), <span key="c" className="font-mono">{kase.trackingCode}</span>]);
  return (
    <div className="flex flex-col gap-4">
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-sm font-medium text-slate-700">{label}</dt>
            <dd className="mb-2 sm:mb-0">{value}</dd>
          </div>
        ))}
      </dl>
      <div>
        <h3 className="text-base font-semibold">{t("page.whatHappened")}</h3>
        <p className="mt-1 whitespace-pre-line">{kase.whatHappened}</p>
        {kase.workerDescription ? <p className="mt-2 whitespace-pre-line text-slate-800">{kase.workerDescription}</p> : null}
      </div>
    </div>
  );
}
