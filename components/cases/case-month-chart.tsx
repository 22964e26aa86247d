import { getTranslations } from "next-intl/server";

// Cases reported per month as a bar chart: plain SVG rendered on the server, no chart
// library and no client JavaScript. It is one image to assistive technology (its title and
// description say what it shows); the table below it holds the figures.
const BAR_AREA = 120;
const SLOT = 40;
const TOP = 18;
const BOTTOM = 22;

export async function CaseMonthChart({ months, totals, label, period }: { months: string[]; totals: number[]; label: (month: string) => string; period: { from: string; to: string } }) {
  const t = await getTranslations("caseLists.reports.chart");
  const max = Math.max(1, ...totals);
  const width = months.length * SLOT;
  const height = TOP + BAR_AREA + BOTTOM;
  return (
    <figure className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm print:break-inside-avoid">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="case-chart-title case-chart-desc" className="h-auto w-full max-w-3xl" preserveAspectRatio="xMinYMin meet">
        <title id="case-chart-title">{t("title")}</title>
        <desc id="case-chart-desc">{t("description", { from: label(period.from), to: label(period.to) })}</desc>
        <line x1={0} x2={width} y1={TOP + BAR_AREA} y2={TOP + BAR_AREA} className="stroke-slate-400" strokeWidth={1} />
        {months.map((m, i) => {
          const h = Math.round((totals[i]! / max) * BAR_AREA);
          const x = i * SLOT + 6;
          return (
            <g key={m}>
              <rect x={x} y={TOP + BAR_AREA - h} width={SLOT - 12} height={h} className="fill-brand-600" />
              <text x={x + (SLOT - 12) / 2} y={TOP + BAR_AREA - h - 4} textAnchor="middle" fontSize={11} className="fill-slate-900">
                {totals[i]}
              </text>
              <text x={x + (SLOT - 12) / 2} y={height - 6} textAnchor="middle" fontSize={9} className="fill-slate-700">
                {label(m).split(" ")[0]}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-sm text-slate-700">{t("title")}</figcaption>
    </figure>
  );
}
