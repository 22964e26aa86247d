import { getTranslations } from "next-intl/server";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import { EmptyState } from "@/components/ui/empty-state";
import { CASE_CATEGORIES } from "@/lib/cases/categories";
import type { CategoryMonthCount } from "@/lib/cases/lists/case-reports";
import { CASE_STATUSES, type CaseStatus } from "@/lib/cases/workflow";

/** Categories (rows) by month (columns), with totals; only categories that occur. */
export async function CaseCategoryMonthTable({ counts, months, label }: { counts: CategoryMonthCount[]; months: string[]; label: (month: string) => string }) {
  const t = await getTranslations("caseLists.reports.byCategory");
  const tc = await getTranslations("cases");
  if (counts.length === 0) return <EmptyState text={t("empty")} />;
  const cell = new Map(counts.map((c) => [`${c.category} ${c.month}`, c.count]));
  const categories = CASE_CATEGORIES.filter((cat) => counts.some((c) => c.category === cat));
  const monthTotal = (m: string) => counts.filter((c) => c.month === m).reduce((s, c) => s + c.count, 0);
  const categoryTotal = (cat: string) => counts.filter((c) => c.category === cat).reduce((s, c) => s + c.count, 0);
  const total = counts.reduce((s, c) => s + c.count, 0);
  const num = `${td} text-right tabular-nums`;
  return (
    <ScrollTable label={t("caption")}>
      <thead className={thead}>
        <tr>
          <th scope="col" className={th}>{t("category")}</th>
          {months.map((m) => (
            <th key={m} scope="col" className={`${th} whitespace-nowrap text-right`}>{label(m)}</th>
          ))}
          <th scope="col" className={`${th} text-right`}>{t("total")}</th>
        </tr>
      </thead>
      <tbody>
        {categories.map((cat) => (
          <tr key={cat} className={tr}>
            <th scope="row" className={`${td} font-medium`}>{tc(`category.${cat}`)}</th>
            {months.map((m) => (
              <td key={m} data-label={label(m)} className={num}>{cell.get(`${cat} ${m}`) ?? 0}</td>
            ))}
            <td data-label={t("total")} className={`${num} font-semibold`}>{categoryTotal(cat)}</td>
          </tr>
        ))}
        <tr className={tr}>
          <th scope="row" className={`${td} font-semibold`}>{t("allCategories")}</th>
          {months.map((m) => (
            <td key={m} data-label={label(m)} className={`${num} font-semibold`}>{monthTotal(m)}</td>
          ))}
          <td data-label={t("total")} className={`${num} font-semibold`}>{total}</td>
        </tr>
      </tbody>
    </ScrollTable>
  );
}

/** How many cases are in each status. */
export async function CaseStatusTable({ counts }: { counts: Record<CaseStatus, number> }) {
  const t = await getTranslations("caseLists.reports.byStatus");
  const tc = await getTranslations("cases");
  const total = CASE_STATUSES.reduce((s, st) => s + counts[st], 0);
  const num = `${td} text-right tabular-nums`;
  return (
    <ScrollTable label={t("caption")}>
      <thead className={thead}>
        <tr>
          <th scope="col" className={th}>{t("status")}</th>
          <th scope="col" className={`${th} text-right`}>{t("count")}</th>
        </tr>
      </thead>
      <tbody>
        {CASE_STATUSES.map((s) => (
          <tr key={s} className={tr}>
            <th scope="row" className={`${td} font-medium`}>{tc(`status.${s}`)}</th>
            <td data-label={t("count")} className={num}>{counts[s]}</td>
          </tr>
        ))}
        <tr className={tr}>
          <th scope="row" className={`${td} font-semibold`}>{t("total")}</th>
          <td data-label={t("count")} className={`${num} font-semibold`}>{total}</td>
        </tr>
      </tbody>
    </ScrollTable>
  );
}
