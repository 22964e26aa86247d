import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/admin/filter-form";
import { VillageCharts } from "@/components/groups/charts/village-charts";
import { PrintButton } from "@/components/privacy/print-button";
import { SelectField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can, NotFoundError } from "@/lib/authz";
import { getVillageReport, listReportVillages } from "@/lib/empowerment/reports/get-village-report";
import { toLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("groupReports.village");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The village view of the business groups: village roles see theirs, BP3MI staff pick one of their region. */
export default async function GroupVillagePage({ searchParams }: Props) {
  const actor = await requirePermission("group:read");
  const asked = (await searchParams).village;
  const code = typeof asked === "string" ? asked : null;
  const locale = toLocale(await getLocale());
  const t = await getTranslations("groupReports.village");
  const tc = await getTranslations("common");
  const picks = actor.role === "BP3MI_STAFF";
  const villages = picks ? await listReportVillages(actor) : [];
  const report = await getVillageReport(actor, code).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  const exportHref = report ? `/groups/export?village=${encodeURIComponent(report.village.code)}` : null;
  return (
    <>
      <PageHeader
        title={report ? `${t("title")}: ${report.village.name}` : t("title")}
        description={t("description")}
        actions={
          <div className="no-print flex flex-wrap gap-2">
            {exportHref && can(actor.role, "group:export") ? (
              <a href={exportHref} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold">
                {t("export")}
              </a>
            ) : null}
            {report ? <PrintButton label={tc("print")} /> : null}
          </div>
        }
      />
      {picks ? (
        <div className="no-print">
          {villages.length === 0 ? (
            <p className="mb-6">{t("noVillages")}</p>
          ) : (
            <FilterForm action="/groups/village" label={t("village")} strings={{ submit: t("show"), reset: tc("reset") }}>
              <SelectField
                label={t("village")}
                name="village"
                defaultValue={report?.village.code ?? ""}
                options={[{ value: "", label: "—" }, ...villages.map((v) => ({ value: v.code, label: v.district ? `${v.name} (${v.district})` : v.name }))]}
              />
            </FilterForm>
          )}
        </div>
      ) : null}
      {report ? <VillageCharts report={report} locale={locale} /> : picks && villages.length > 0 ? <p>{t("choose")}</p> : null}
    </>
  );
}
