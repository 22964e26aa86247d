import { getTranslations } from "next-intl/server";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { VillageScorecard } from "@/lib/perdes/scorecard/get-scorecard";
import { CRITERIA, type CriterionKey, type VillageScore } from "@/lib/perdes/scorecard/status";
import { quarterLabel } from "./period-label";
import { formatPct } from "./scorecard-format";
import { ScorecardStatusBadge } from "./scorecard-status-badge";

/** One village's scorecard: each criterion against its threshold, what is missing, and the last quarters. */
export async function VillageScorecardView({ card, locale }: { card: VillageScorecard; locale: Locale }) {
  const t = await getTranslations("scorecard.scorecard");
  const tp = await getTranslations("scorecard.period");
  const { score, thresholds } = card;
  const th_ = thresholds.values;
  const n = (v: number) => formatNumber(v, locale);
  const status = { met: t("status.met"), notMet: t("status.notMet") };

  const value = (k: CriterionKey, s: VillageScore): string => {
    switch (k) {
      case "verifiedShare":
        return s.departures === 0 ? t("village.noDepartures") : t("village.verifiedValue", { pct: formatPct(s.verifiedShareShown, locale), count: n(s.verified), total: n(s.departures) });
      case "nonProcedural":
        return n(s.nonProcedural);
      case "casesOnTime":
        return s.casesClosed === 0 ? t("village.noCases") : t("village.casesValue", { pct: formatPct(s.casesOnTimeShareShown, locale), count: n(s.casesOnTime), total: n(s.casesClosed) });
      case "sessions":
        return s.sessions.map((q) => t("table.sessionsInQuarter", { quarter: quarterLabel(q.quarter, tp), count: q.count })).join("; ");
    }
  };
  const threshold: Record<CriterionKey, string> = {
    verifiedShare: t("village.atLeastPct", { min: th_.minVerifiedSharePct }),
    nonProcedural: t("village.atMost", { max: th_.maxNonProcedural }),
    casesOnTime: t("village.atLeastPct", { min: th_.minCasesOnTimeSharePct }),
    sessions: t("village.perQuarter", { min: th_.minSessionsPerQuarter }),
  };
  const missing: string[] = [];
  if (!score.criteria.verifiedShare.met) missing.push(t("missing.verifiedShare", { pct: formatPct(score.verifiedShareShown, locale), min: th_.minVerifiedSharePct, without: score.departures - score.verified }));
  if (!score.criteria.nonProcedural.met) missing.push(t("missing.nonProcedural", { count: score.nonProcedural, max: th_.maxNonProcedural }));
  if (!score.criteria.casesOnTime.met) missing.push(t("missing.casesOnTime", { pct: formatPct(score.casesOnTimeShareShown, locale), min: th_.minCasesOnTimeSharePct, late: score.casesClosed - score.casesOnTime }));
  for (const q of score.shortQuarters) missing.push(t("missing.sessions", { quarter: quarterLabel(q.quarter, tp), count: q.count, min: th_.minSessionsPerQuarter }));

  return (
    <>
      <section aria-labelledby="status-title" className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="status-title" className="mb-2 text-base">{t("village.statusTitle")}</h2>
        <p className="mb-2"><ScorecardStatusBadge procedural={score.procedural} strings={status} /></p>
        <p className="text-sm text-slate-700">
          {thresholds.regionCode ? t("thresholdsFrom", { region: thresholds.regionName ?? thresholds.regionCode }) : t("thresholdsDefault")}{" "}
          {t("thresholdsList", { verified: th_.minVerifiedSharePct, nonProcedural: th_.maxNonProcedural, cases: th_.minCasesOnTimeSharePct, sessions: th_.minSessionsPerQuarter })}
        </p>
      </section>

      <section aria-labelledby="criteria-title" className="mb-6">
        <h2 id="criteria-title" className="mb-2">{t("village.criteriaTitle")}</h2>
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          {CRITERIA.map((k) => (
            <li key={k} className={`rounded-lg border bg-white p-4 shadow-sm ${score.criteria[k].met ? "border-slate-200" : "border-amber-600"}`}>
              <p className="text-sm font-semibold">{t(`criteria.${k}`)}</p>
              <p className="mt-1 text-lg font-semibold">{value(k, score)}</p>
              <p className="mt-1 text-sm text-slate-700">{threshold[k]}</p>
              <p className={`mt-1 text-sm font-semibold ${score.criteria[k].met ? "text-green-800" : "text-red-800"}`}>
                {score.criteria[k].noData ? t("village.noDataMet") : score.criteria[k].met ? t("village.met") : t("village.notMet")}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="missing-title" className="mb-6">
        <h2 id="missing-title" className="mb-2">{t("village.missingTitle")}</h2>
        {missing.length === 0 ? (
          <p className="rounded-md border border-green-300 bg-green-50 p-4 text-green-900">{t("village.nothingMissing")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {missing.map((m) => <li key={m}>{m}</li>)}
          </ul>
        )}
      </section>

      <section aria-labelledby="history-title" className="mb-6">
        <h2 id="history-title" className="mb-1">{t("history.title")}</h2>
        <p className="mb-3 text-sm text-slate-700">{t("history.description")}</p>
        <ScrollTable label={t("history.caption")}>
          <thead className={thead}>
            <tr>
              <th scope="col" className={th}>{t("history.quarter")}</th>
              <th scope="col" className={th}>{t("columns.departures")}</th>
              <th scope="col" className={th}>{t("columns.verifiedShare")}</th>
              <th scope="col" className={th}>{t("columns.nonProcedural")}</th>
              <th scope="col" className={th}>{t("columns.casesOnTime")}</th>
              <th scope="col" className={th}>{t("columns.sessions")}</th>
              <th scope="col" className={th}>{t("columns.status")}</th>
            </tr>
          </thead>
          <tbody>
            {card.history.map(({ quarter, score: s }) => (
              <tr key={quarter} className={tr}>
                <th scope="row" data-label={t("history.quarter")} className={`${td} font-semibold`}>{quarterLabel(quarter, tp)}</th>
                <td data-label={t("columns.departures")} className={td}>{n(s.departures)}</td>
                <td data-label={t("columns.verifiedShare")} className={td}>{formatPct(s.verifiedShareShown, locale)}</td>
                <td data-label={t("columns.nonProcedural")} className={td}>{n(s.nonProcedural)}</td>
                <td data-label={t("columns.casesOnTime")} className={td}>{formatPct(s.casesOnTimeShareShown, locale)}</td>
                <td data-label={t("columns.sessions")} className={td}>{n(s.sessions[0]?.count ?? 0)}</td>
                <td data-label={t("columns.status")} className={td}><ScorecardStatusBadge procedural={s.procedural} strings={status} /></td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </section>
    </>
  );
}
