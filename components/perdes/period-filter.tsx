import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/admin/filter-form";
import { TextField } from "@/components/ui/field";
import { toLocale } from "@/lib/i18n/locales";
import { currentMonth, currentQuarter, periodParams, previousQuarter, quarterMonths, type PerdesPeriod } from "@/lib/perdes/period";
import { periodLabel, quarterLabel } from "./period-label";

/**
 * The period of a Perdes page: a from–to range of months (plain GET form) and links for this
 * month, this quarter and the quarter before. `keep` holds the page's other parameters (the
 * list, the kecamatan), carried by the links and as hidden fields.
 */
export async function PeriodFilter({
  action, period, keep = {}, fieldNames = [], children,
}: {
  action: string;
  period: PerdesPeriod;
  keep?: Record<string, string>;
  /** Parameters of `keep` that `children` already send as fields (not repeated as hidden ones). */
  fieldNames?: string[];
  children?: React.ReactNode;
}) {
  const t = await getTranslations("scorecard.period");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const thisQuarter = currentQuarter();
  const shortcuts: { key: string; label: string; period: PerdesPeriod }[] = [
    { key: "month", label: t("thisMonth"), period: { from: currentMonth(), to: currentMonth() } },
    { key: "quarter", label: t("thisQuarter", { quarter: quarterLabel(thisQuarter, t) }), period: quarterMonths(thisQuarter)! },
    { key: "previous", label: t("previousQuarter", { quarter: quarterLabel(previousQuarter(thisQuarter), t) }), period: quarterMonths(previousQuarter(thisQuarter))! },
  ];
  const href = (p: PerdesPeriod) => {
    const params = periodParams(p);
    for (const [k, v] of Object.entries(keep)) params.set(k, v);
    return `${action}?${params.toString()}`;
  };
  const current = periodParams(period).toString();
  return (
    <>
    <div className="no-print">
      <FilterForm action={action} label={t("label")} strings={{ submit: tc("filter"), reset: tc("reset") }}>
        <TextField label={t("from")} name="from" type="month" defaultValue={period.from} pattern="\d{4}-\d{2}" hint={t("hint")} />
        <TextField label={t("to")} name="to" type="month" defaultValue={period.to} pattern="\d{4}-\d{2}" />
        {children}
        {Object.entries(keep).filter(([k]) => !fieldNames.includes(k)).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
      </FilterForm>
      <nav aria-label={t("shortcuts")} className="-mt-3 mb-4">
        <ul className="flex flex-wrap gap-2">
          {shortcuts.map((s) => (
            <li key={s.key}>
              <Link
                href={href(s.period)}
                aria-current={periodParams(s.period).toString() === current ? "true" : undefined}
                className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 text-sm no-underline aria-[current=true]:border-slate-900 aria-[current=true]:bg-slate-900 aria-[current=true]:text-white"
              >
                {s.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
    <p className="mb-6 text-base font-semibold">{t("showing", { period: periodLabel(period, locale, t) })}</p>
    </>
  );
}
