import { getTranslations } from "next-intl/server";
import { formatRupiah } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { RevenueCell } from "@/lib/empowerment/reports/report-sql";
import { FIGURES_TABLE, monthLabel, OTHER_FILL, OTHER_SWATCH, PRODUCT_FILLS, PRODUCT_SWATCHES, shortRupiah } from "./chart-format";

// Revenue per month, stacked by product: plain SVG rendered on the server, one image to
// assistive technology (title and description), a summary sentence under it and every
// figure in a table that screen readers and the printout get.
const BAR_AREA = 140;
const SLOT = 44;
const TOP = 20;
const BOTTOM = 24;

export async function RevenueChart({ id, months, revenue, products, locale }: { id: string; months: string[]; revenue: RevenueCell[]; products: string[]; locale: Locale }) {
  const t = await getTranslations("groupReports.charts.revenue");
  const label = monthLabel(locale);
  // The first products get their own colour; the rest are one "other" band.
  const named = products.slice(0, PRODUCT_FILLS.length);
  const bands = products.length > named.length ? [...named, null] : named;
  const cell = (month: string, product: string | null) =>
    revenue.filter((r) => r.month === month && (product === null ? !named.includes(r.product) : r.product === product)).reduce((n, r) => n + r.revenueRupiah, 0n);
  const totals = months.map((m) => revenue.filter((r) => r.month === m).reduce((n, r) => n + r.revenueRupiah, 0n));
  const total = totals.reduce((n, v) => n + v, 0n);
  const max = totals.reduce((a, b) => (b > a ? b : a), 1n);
  const best = totals.indexOf(max);
  const width = months.length * SLOT;
  const height = TOP + BAR_AREA + BOTTOM;
  const scale = (v: bigint) => Math.round((Number(v) / Number(max)) * BAR_AREA);
  const period = { from: label(months[0]!), to: label(months[months.length - 1]!) };
  return (
    <figure className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm print:break-inside-avoid">
      <h3 className="mb-2 text-base font-semibold">{t("title")}</h3>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full max-w-3xl" preserveAspectRatio="xMinYMin meet">
        <title id={`${id}-title`}>{t("title")}</title>
        <desc id={`${id}-desc`}>{t("description", period)}</desc>
        <line x1={0} x2={width} y1={TOP + BAR_AREA} y2={TOP + BAR_AREA} className="stroke-slate-400" strokeWidth={1} />
        {months.map((m, i) => {
          const x = i * SLOT + 6;
          let y = TOP + BAR_AREA;
          return (
            <g key={m}>
              {bands.map((p, b) => {
                const h = scale(cell(m, p));
                y -= h;
                return h > 0 ? <rect key={p ?? "other"} x={x} y={y} width={SLOT - 12} height={h} className={p === null ? OTHER_FILL : PRODUCT_FILLS[b]} /> : null;
              })}
              {totals[i]! > 0n ? (
                <text x={x + (SLOT - 12) / 2} y={TOP + BAR_AREA - scale(totals[i]!) - 4} textAnchor="middle" fontSize={9} className="fill-slate-900">
                  {shortRupiah(totals[i]!, locale)}
                </text>
              ) : null}
              <text x={x + (SLOT - 12) / 2} y={height - 8} textAnchor="middle" fontSize={10} className="fill-slate-700">
                {label(m).split(" ")[0]}
              </text>
            </g>
          );
        })}
      </svg>
      {bands.length > 0 ? (
        <ul aria-label={t("legend")} className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {bands.map((p, b) => (
            <li key={p ?? "other"} className="flex items-center gap-1">
              <span aria-hidden="true" className={`inline-block h-3 w-3 rounded-sm ${p === null ? OTHER_SWATCH : PRODUCT_SWATCHES[b]}`} />
              {p ?? t("other")}
            </li>
          ))}
        </ul>
      ) : null}
      <figcaption className="mt-2 text-sm text-slate-700">
        {total === 0n ? t("summaryNone") : t("summary", { total: formatRupiah(total), month: label(months[best]!), amount: formatRupiah(max) })}
      </figcaption>
      <div className={FIGURES_TABLE}>
        <table className="w-full text-left">
          <caption>{t("table", period)}</caption>
          <thead>
            <tr>
              <th scope="col">{t("month")}</th>
              {products.map((p) => (
                <th key={p} scope="col">{p}</th>
              ))}
              <th scope="col">{t("total")}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m, i) => (
              <tr key={m}>
                <th scope="row">{label(m)}</th>
                {products.map((p) => (
                  <td key={p}>{formatRupiah(cell(m, p))}</td>
                ))}
                <td>{formatRupiah(totals[i]!)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
