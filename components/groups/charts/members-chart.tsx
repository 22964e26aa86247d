import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import type { MembersPoint } from "@/lib/empowerment/reports/report-sql";
import { FIGURES_TABLE, monthLabel } from "./chart-format";

// Members at the end of each month (decision 026) as bars, server-rendered SVG with a
// summary sentence and the figures in a table for screen readers and print.
const BAR_AREA = 110;
const SLOT = 40;
const TOP = 18;
const BOTTOM = 22;

export async function MembersChart({ id, members, locale }: { id: string; members: MembersPoint[]; locale: Locale }) {
  const t = await getTranslations("groupReports.charts.members");
  const label = monthLabel(locale);
  const max = Math.max(1, ...members.map((m) => m.members));
  const width = members.length * SLOT;
  const height = TOP + BAR_AREA + BOTTOM;
  const first = members[0]!;
  const last = members[members.length - 1]!;
  const period = { from: label(first.month), to: label(last.month) };
  return (
    <figure className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm print:break-inside-avoid">
      <h3 className="mb-2 text-base font-semibold">{t("title")}</h3>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full max-w-3xl" preserveAspectRatio="xMinYMin meet">
        <title id={`${id}-title`}>{t("title")}</title>
        <desc id={`${id}-desc`}>{t("description", period)}</desc>
        <line x1={0} x2={width} y1={TOP + BAR_AREA} y2={TOP + BAR_AREA} className="stroke-slate-400" strokeWidth={1} />
        {members.map((m, i) => {
          const h = Math.round((m.members / max) * BAR_AREA);
          const x = i * SLOT + 6;
          return (
            <g key={m.month}>
              <rect x={x} y={TOP + BAR_AREA - h} width={SLOT - 12} height={h} className="fill-sky-700" />
              <text x={x + (SLOT - 12) / 2} y={TOP + BAR_AREA - h - 4} textAnchor="middle" fontSize={11} className="fill-slate-900">
                {m.members}
              </text>
              <text x={x + (SLOT - 12) / 2} y={height - 6} textAnchor="middle" fontSize={10} className="fill-slate-700">
                {label(m.month).split(" ")[0]}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-sm text-slate-700">{t("summary", { now: last.members, first: first.members, from: period.from })}</figcaption>
      <div className={FIGURES_TABLE}>
        <table className="w-full text-left">
          <caption>{t("table", period)}</caption>
          <thead>
            <tr>
              <th scope="col">{t("month")}</th>
              <th scope="col">{t("members")}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.month}>
                <th scope="row">{label(m.month)}</th>
                <td>{m.members}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
