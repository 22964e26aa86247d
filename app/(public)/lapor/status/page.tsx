import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PublicSearchForm } from "@/components/public/search-form";
import { formatDateTime } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { getReportStatus } from "@/lib/reports/submit-report";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports.public");
  return { title: t("statusTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The reporter follows a report by its code: status and the staff's public note only. */
export default async function ReportStatusPage({ searchParams }: Props) {
  const raw = (await searchParams).code;
  const code = (typeof raw === "string" ? raw : "").trim().slice(0, 20);
  const t = await getTranslations("reports");
  const locale = toLocale(await getLocale());
  const report = code ? await getReportStatus(code) : null;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl leading-tight">{t("public.statusTitle")}</h1>
      <PublicSearchForm action="/lapor/status" name="code" label={t("public.codeLabel")} hint={t("public.codeExample")} value={code} submit={t("public.statusSubmit")} maxLength={20} />
      {code && !report ? <p role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-base text-amber-950">{t("public.codeUnknown")}</p> : null}
      {report ? (
        <section aria-labelledby="report-status-title" className="rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="report-status-title" className="text-base">{t("public.reportCode", { code: report.code })}</h2>
          <p className="mt-2 text-lg font-semibold">{t(`status.${report.status}`)}</p>
          <p className="mt-1 text-base text-slate-800">{t(`publicStatus.${report.status}`)}</p>
          {report.publicNote ? <p className="mt-2 rounded-md bg-slate-100 p-3 text-base">{t("public.note", { note: report.publicNote })}</p> : null}
          <p className="mt-2 text-sm text-slate-700">{t("public.dates", { created: formatDateTime(report.createdAt, locale), updated: formatDateTime(report.updatedAt, locale) })}</p>
        </section>
      ) : null}
    </div>
  );
}
