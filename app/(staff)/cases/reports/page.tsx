import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/admin/filter-form";
import { CaseMonthChart } from "@/components/cases/case-month-chart";
import { CaseCategoryMonthTable, CaseStatusTable } from "@/components/cases/case-report-tables";
import { PrintButton } from "@/components/privacy/print-button";
import { TextField } from "@/components/ui/field";
import { CaseTabs } from "@/components/cases/case-tabs";
import { ClaimTotalsTable } from "@/components/cases/claim-totals-table";
import { sumClaimsByRegion } from "@/lib/cases/claims/sum-claims";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { villageScope } from "@/lib/authz";
import { countCasesByCategoryAndMonth, countCasesByStatus, medianDaysToResolution } from "@/lib/cases/lists/case-reports";
import { monthsOf, parseReportPeriod, periodBounds } from "@/lib/cases/lists/report-period";
import { formatDate } from "@/lib/i18n/format";
import { toLocale, type Locale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("caseLists.reports");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** "2026-01" → "Jan 2026" (the house date format without its day). */
function monthLabel(locale: Locale) {
  return (month: string) => formatDate(new Date(`${month}-01T00:00:00Z`), locale).slice(3);
}

const section = "mb-8 print:break-inside-avoid";

// The case report for a period of whole months: cases by category and month (chart and
// table), by status, and the median time to resolution. Printable: the staff menu and the
// controls carry no-print.
export default async function CaseReportsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("case:read");
  const period = parseReportPeriod(await searchParams);
  const locale = toLocale(await getLocale());
  const bounds = periodBounds(period);
  const [byCategory, byStatus, median, money] = await Promise.all([
    countCasesByCategoryAndMonth(actor, period),
    countCasesByStatus(actor, period),
    medianDaysToResolution(actor, period),
    sumClaimsByRegion(actor, { reportedFrom: bounds.gte, reportedBefore: bounds.lt }),
  ]);
  const t = await getTranslations("caseLists.reports");
  const tc = await getTranslations("common");
  const months = monthsOf(period);
  const label = monthLabel(locale);
  const totals = months.map((m) => byCategory.filter((c) => c.month === m).reduce((s, c) => s + c.count, 0));
  const oneVillage = typeof villageScope(actor).villageCode === "string";
  // One decimal, with the locale's decimal mark (4,5 hari / 4.5 days).
  const days = median.medianDays === null ? null : String(Math.round(median.medianDays * 10) / 10).replace(".", locale === "id" ? "," : ".");

  return (
    <>
      <PageHeader
        title={t("title")}
        description={oneVillage ? t("descriptionVillage") : t("descriptionRegion")}
        actions={
          <div className="no-print">
            <PrintButton label={t("print")} />
          </div>
        }
      />
      <CaseTabs current="reports" role={actor.role} />
      <div className="no-print">
        <FilterForm action="/cases/reports" label={t("period.label")} strings={{ submit: tc("filter"), reset: tc("reset") }}>
          <TextField label={t("period.from")} name="from" type="month" defaultValue={period.from} pattern="\d{4}-\d{2}" hint={t("period.hint")} />
          <TextField label={t("period.to")} name="to" type="month" defaultValue={period.to} pattern="\d{4}-\d{2}" />
        </FilterForm>
      </div>
      <p className="mb-6 text-base font-semibold">{t("period.showing", { from: label(period.from), to: label(period.to) })}</p>

      <section aria-labelledby="median-title" className={section}>
        <h2 id="median-title" className="mb-2">{t("median.title")}</h2>
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          {days === null ? (
            <p>{t("median.none")}</p>
          ) : (
            <>
              <p className="text-xl font-semibold">{t("median.value", { days })}</p>
              <p className="mt-1 text-sm text-slate-700">{t("median.basis", { count: median.resolved })}</p>
            </>
          )}
        </div>
      </section>

      <section aria-labelledby="category-title" className={section}>
        <h2 id="category-title" className="mb-1">{t("byCategory.title")}</h2>
        <p className="mb-3 text-sm text-slate-700">{t("byCategory.description")}</p>
        {byCategory.length > 0 ? <CaseMonthChart months={months} totals={totals} label={label} period={period} /> : null}
        <CaseCategoryMonthTable counts={byCategory} months={months} label={label} />
      </section>

      <section aria-labelledby="status-title" className={section}>
        <h2 id="status-title" className="mb-1">{t("byStatus.title")}</h2>
        <p className="mb-3 text-sm text-slate-700">{t("byStatus.description")}</p>
        <CaseStatusTable counts={byStatus} />
      </section>

      <section aria-labelledby="money-title" className={section}>
        <h2 id="money-title" className="mb-1">{t("money.title")}</h2>
        <p className="mb-3 text-sm text-slate-700">{t("money.description")}</p>
        <ClaimTotalsTable totals={money} locale={locale} />
      </section>
    </>
  );
}
