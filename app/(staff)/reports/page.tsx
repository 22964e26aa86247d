import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/admin/filter-form";
import { KeysetPager } from "@/components/admin/keyset-pager";
import { ReportGroups } from "@/components/reports/report-groups";
import { ReportTable } from "@/components/reports/report-table";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { villageInScope } from "@/lib/authz";
import { toLocale } from "@/lib/i18n/locales";
import { listContactVillages } from "@/lib/offer-check/look-up-facts";
import { listReportGroups, listReports } from "@/lib/reports/list-reports";
import { listReportsQuerySchema, REPORT_STATUSES } from "@/lib/reports/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports.inbox");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReportsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("report:read");
  const raw = await searchParams;
  const query = listReportsQuerySchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const [{ rows, total, nextCursor }, groups, villages] = await Promise.all([listReports(actor, query), listReportGroups(actor), listContactVillages()]);
  const villageNames = new Map(villages.map((v) => [v.code, v.name]));
  const locale = toLocale(await getLocale());
  const t = await getTranslations("reports");
  const tc = await getTranslations("common");
  const params = new URLSearchParams();
  if (query.status) params.set("status", query.status);
  if (query.village) params.set("village", query.village);
  return (
    <>
      <PageHeader title={t("inbox.title")} description={t("inbox.description")} />
      <ReportGroups groups={groups} villageNames={villageNames} />
      <h2 className="mb-3">{t("inbox.listTitle")}</h2>
      <FilterForm action="/reports" label={t("inbox.filters.label")} strings={{ submit: tc("filter"), reset: tc("reset") }}>
        <SelectField label={t("inbox.filters.status")} name="status" defaultValue={query.status ?? ""} options={[{ value: "", label: t("inbox.filters.allStatuses") }, ...REPORT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]} />
        <SelectField
          label={t("inbox.filters.village")}
          name="village"
          defaultValue={query.village ?? ""}
          options={[{ value: "", label: t("inbox.filters.allVillages") }, ...villages.filter((v) => villageInScope(actor, v.code)).map((v) => ({ value: v.code, label: v.name }))]}
        />
      </FilterForm>
      {rows.length === 0 ? <EmptyState text={t("inbox.empty")} /> : <ReportTable rows={rows} locale={locale} villageNames={villageNames} />}
      <KeysetPager basePath="/reports" params={params} nextCursor={nextCursor} onLaterPage={!!query.cursor} summary={t("inbox.count", { total })} strings={{ label: t("inbox.pager.label"), first: t("inbox.pager.first"), next: t("inbox.pager.next") }} />
    </>
  );
}
