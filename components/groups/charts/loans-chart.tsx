import { getTranslations } from "next-intl/server";
import { formatDate, formatRupiah } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { LoanPoint } from "@/lib/empowerment/reports/report-sql";
import { FIGURES_TABLE, shortRupiah } from "./chart-format";

// Each loan as a horizontal bar: the principal in light grey and what is outstanding today
// over it (amber when the schedule of decision 026 says it is late). Server-rendered SVG;
// the table holds every figure and the status for screen readers and print.
const ROW = 30;
const LABEL = 130;
const BAR = 220;
const VALUE = 70;
const TOP = 6;
const FONT = 12;

export async function LoansChart({ id, loans, showGroup = false, locale }: { id: string; loans: LoanPoint[]; showGroup?: boolean; locale: Locale }) {
  const t = await getTranslations("groupReports.charts.loans");
  const ts = await getTranslations("groupReports.charts.status");
  if (loans.length === 0) {
    return (
      <section className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h3 className="mb-2 text-base font-semibold">{t("title")}</h3>
        <p className="text-sm text-slate-700">{t("summaryNone")}</p>
      </section>
    );
  }
  const max = loans.reduce((a, l) => (l.principalRupiah > a ? l.principalRupiah : a), 1n);
  const w = (v: bigint) => Math.max(1, Math.round((Number(v) / Number(max)) * BAR));
  const width = LABEL + BAR + VALUE;
  const height = TOP + loans.length * ROW;
  const name = (l: LoanPoint) => (showGroup ? `${l.groupName} · ${l.lender}` : `${l.lender} (${formatDate(l.disbursedOn, locale)})`);
  const clip = (s: string) => (s.length > 19 ? `${s.slice(0, 18)}…` : s);
  const outstanding = loans.reduce((n, l) => n + l.outstandingRupiah, 0n);
  const principal = loans.reduce((n, l) => n + l.principalRupiah, 0n);
  const late = loans.filter((l) => l.status === "LATE").length;
  return (
    <figure className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm print:break-inside-avoid">
      <h3 className="mb-2 text-base font-semibold">{t("title")}</h3>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full max-w-lg" preserveAspectRatio="xMinYMin meet">
        <title id={`${id}-title`}>{t("title")}</title>
        <desc id={`${id}-desc`}>{t("description")}</desc>
        {loans.map((l, i) => {
          const y = TOP + i * ROW;
          return (
            <g key={l.id}>
              <text x={LABEL - 6} y={y + 18} textAnchor="end" fontSize={FONT} className="fill-slate-900">
                {clip(name(l))}
              </text>
              <rect x={LABEL} y={y + 5} width={w(l.principalRupiah)} height={ROW - 10} className="fill-slate-300" />
              {l.outstandingRupiah > 0n ? <rect x={LABEL} y={y + 5} width={w(l.outstandingRupiah)} height={ROW - 10} className={l.status === "LATE" ? "fill-amber-600" : "fill-brand-600"} /> : null}
              <text x={LABEL + w(l.principalRupiah) + 4} y={y + 18} fontSize={FONT} className="fill-slate-900">
                {shortRupiah(l.outstandingRupiah, locale)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={t("legend")}>
        <li className="flex items-center gap-1"><span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm bg-slate-300" />{t("principal")}</li>
        <li className="flex items-center gap-1"><span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm bg-brand-600" />{t("outstanding")}</li>
        <li className="flex items-center gap-1"><span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm bg-amber-600" />{t("outstandingLate")}</li>
      </ul>
      <figcaption className="mt-2 text-sm text-slate-700">
        {t("summary", { count: loans.length, outstanding: formatRupiah(outstanding), principal: formatRupiah(principal), late })}
      </figcaption>
      <div className={FIGURES_TABLE}>
        <table className="w-full text-left">
          <caption>{t("title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("loan")}</th>
              <th scope="col">{t("principal")}</th>
              <th scope="col">{t("repaid")}</th>
              <th scope="col">{t("outstanding")}</th>
              <th scope="col">{t("status")}</th>
            </tr>
          </thead>
          <tbody>
            {loans.map((l) => (
              <tr key={l.id}>
                <th scope="row">{name(l)}</th>
                <td>{formatRupiah(l.principalRupiah)}</td>
                <td>{formatRupiah(l.repaidRupiah)}</td>
                <td>{formatRupiah(l.outstandingRupiah)}</td>
                <td>{ts(l.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
