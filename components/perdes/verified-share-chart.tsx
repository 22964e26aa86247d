import { getTranslations } from "next-intl/server";
import type { ScorecardRow } from "@/lib/perdes/scorecard/get-scorecard";
import type { Locale } from "@/lib/i18n/locales";
import { formatPct } from "./scorecard-format";

// The verified share per village as horizontal bars: plain SVG rendered on the server (no
// chart library, no client JavaScript), one image to assistive technology, whose title and
// description say what it shows; the table beside it holds every figure. Many villages: the
// best and the worst CHART_EACH_END, so the chart stays readable on a phone.
export const CHART_EACH_END = 10;
// Sized so that its text stays readable both on a 360 px phone and on a desktop.
const ROW = 26;
const LABEL = 130;
const BAR = 230;
const VALUE = 60;
const TOP = 8;
const FONT = 13;

export async function VerifiedShareChart({ rows, minPct, locale }: { rows: ScorecardRow[]; minPct: number; locale: Locale }) {
  const t = await getTranslations("scorecard.scorecard.chart");
  const measured = rows
    .filter((r) => r.score.verifiedSharePct !== null)
    .sort((a, b) => b.score.verifiedSharePct! - a.score.verifiedSharePct! || a.villageName.localeCompare(b.villageName, "id"));
  if (measured.length === 0) return null;
  const cut = measured.length > CHART_EACH_END * 2;
  const shown = cut ? [...measured.slice(0, CHART_EACH_END), null, ...measured.slice(-CHART_EACH_END)] : measured;
  const width = LABEL + BAR + VALUE;
  const height = TOP + shown.length * ROW + 22;
  const x = (pct: number) => LABEL + (pct / 100) * BAR;
  const clip = (name: string) => (name.length > 17 ? `${name.slice(0, 16)}…` : name);
  return (
    <figure className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm print:break-inside-avoid">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="share-chart-title share-chart-desc" className="h-auto w-full max-w-lg" preserveAspectRatio="xMinYMin meet">
        <title id="share-chart-title">{t("title")}</title>
        <desc id="share-chart-desc">{cut ? t("descriptionCut", { n: CHART_EACH_END, total: measured.length, min: minPct }) : t("description", { min: minPct })}</desc>
        {shown.map((r, i) => {
          const y = TOP + i * ROW;
          if (!r) {
            return (
              <text key="gap" x={LABEL} y={y + 17} fontSize={FONT} className="fill-slate-700">
                {t("gap", { count: measured.length - CHART_EACH_END * 2 })}
              </text>
            );
          }
          const pct = r.score.verifiedSharePct!;
          return (
            <g key={r.villageCode}>
              <text x={LABEL - 6} y={y + 17} textAnchor="end" fontSize={FONT} className="fill-slate-900">
                {clip(r.villageName)}
              </text>
              <rect x={LABEL} y={y + 4} width={Math.max(1, x(pct) - LABEL)} height={ROW - 8} className={r.score.criteria.verifiedShare.met ? "fill-brand-600" : "fill-amber-600"} />
              <text x={x(pct) + 4} y={y + 17} fontSize={FONT} className="fill-slate-900">
                {formatPct(r.score.verifiedShareShown, locale)}
              </text>
            </g>
          );
        })}
        <line x1={x(minPct)} x2={x(minPct)} y1={TOP} y2={height - 20} className="stroke-slate-900" strokeWidth={1} strokeDasharray="4 3" />
        <text x={x(minPct)} y={height - 4} textAnchor="middle" fontSize={FONT - 1} className="fill-slate-900">
          {t("threshold", { min: minPct })}
        </text>
      </svg>
      <figcaption className="mt-2 text-sm text-slate-700">{t("caption", { min: minPct })}</figcaption>
    </figure>
  );
}
