import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PersonPicker } from "@/components/cases/person-picker";
import { ReportCaseForm } from "@/components/cases/report-case-form";
import { caseOptions, reportCaseStrings } from "@/components/cases/case-strings";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { findIntakeStart } from "@/lib/cases/find-intake-start";
import { toLocale } from "@/lib/i18n/locales";
import { listCountries } from "@/lib/registry/list-countries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cases.new");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

/** Intake: find the worker in the registry (or describe them), then the report. ?personId, ?reportId and ?category prefill it. */
export default async function NewCasePage({ searchParams }: Props) {
  const actor = await requirePermission("case:report");
  const sp = await searchParams;
  const locale = toLocale(await getLocale());
  const t = await getTranslations("cases.new");
  const start = await findIntakeStart(actor, { personId: one(sp.personId), placementId: one(sp.placementId), reportId: one(sp.reportId), category: one(sp.category) });
  const options = await caseOptions(await listCountries(actor, locale));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="flex flex-col gap-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        {start.report ? <p className="text-base">{t("fromReport", { code: start.report.code })}</p> : null}
        {start.category === "LOST_CONTACT" && start.person ? <p className="text-base">{t("fromWelfare")}</p> : null}
        <PersonPicker actor={actor} query={one(sp.q)} chosen={start.person} keep={{ reportId: start.report?.id, category: start.category }} />
        <ReportCaseForm
          key={start.person?.id ?? "none"}
          strings={await reportCaseStrings()}
          categories={options.categories}
          countries={options.countries}
          urgencies={options.urgencies}
          person={start.person}
          placementId={start.placementId}
          reportId={start.report?.id ?? null}
          defaults={start.defaults}
        />
      </div>
    </>
  );
}
