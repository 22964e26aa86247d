import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { ScorecardRow } from "@/lib/perdes/scorecard/get-scorecard";
import type { ScorecardSort, SortDir } from "@/lib/perdes/scorecard/sort-rows";
import { quarterLabel } from "./period-label";
import { formatPct } from "./scorecard-format";
import { ScorecardStatusBadge } from "./scorecard-status-badge";

const COLUMNS: ScorecardSort[] = ["name", "departures", "verifiedShare", "nonProcedural", "casesOnTime", "sessions", "status"];

/**
 * The regional comparison: one row per village, each column header a link that sorts by it
 * (again: the other way). `sortHref` builds the link; `villageHref` the drill-down.
 */
export async function ScorecardTable({
  rows, sort, dir, locale, sortHref, villageHref,
}: {
  rows: ScorecardRow[];
  sort: ScorecardSort;
  dir: SortDir;
  locale: Locale;
  sortHref: (sort: ScorecardSort, dir: SortDir) => string;
  villageHref: (villageCode: string) => string;
}) {
  const t = await getTranslations("scorecard.scorecard");
  const tp = await getTranslations("scorecard.period");
  const n = (v: number) => formatNumber(v, locale);
  const label = (c: ScorecardSort) => t(`columns.${c}`);
  return (
    <ScrollTable label={t("table.caption")}>
      <thead className={thead}>
        <tr>
          {COLUMNS.map((c) => {
            const active = c === sort;
            const next: SortDir = active && dir === "asc" ? "desc" : "asc";
            return (
              <th key={c} scope="col" className={th} aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}>
                <Link href={sortHref(c, next)} aria-label={t("table.sortBy", { column: label(c) })}>
                  {label(c)}
                  {active ? <span aria-hidden="true">{dir === "asc" ? " ▲" : " ▼"}</span> : null}
                </Link>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const s = r.score;
          return (
            <tr key={r.villageCode} className={tr}>
              <td data-label={label("name")} className={td}>
                <Link href={villageHref(r.villageCode)} className="font-semibold">
                  {r.villageName}
                </Link>
                <span className="block text-xs text-slate-600">{r.kecamatanName ?? r.villageCode}</span>
              </td>
              <td data-label={label("departures")} className={td}>{n(s.departures)}</td>
              <td data-label={label("verifiedShare")} className={td}>
                <span className="font-semibold">{formatPct(s.verifiedShareShown, locale)}</span>
                {s.departures > 0 ? <span className="block text-xs text-slate-600">{t("table.ofDepartures", { count: n(s.verified), total: n(s.departures) })}</span> : null}
              </td>
              <td data-label={label("nonProcedural")} className={`${td} ${s.criteria.nonProcedural.met ? "" : "font-semibold text-red-800"}`}>{n(s.nonProcedural)}</td>
              <td data-label={label("casesOnTime")} className={td}>
                <span className="font-semibold">{formatPct(s.casesOnTimeShareShown, locale)}</span>
                {s.casesClosed > 0 ? <span className="block text-xs text-slate-600">{t("table.ofCases", { count: n(s.casesOnTime), total: n(s.casesClosed) })}</span> : null}
              </td>
              <td data-label={label("sessions")} className={td}>
                <ul>
                  {s.sessions.map((q) => (
                    <li key={q.quarter} className={`whitespace-nowrap ${s.shortQuarters.some((x) => x.quarter === q.quarter) ? "font-semibold text-red-800" : ""}`}>
                      {t("table.sessionsInQuarter", { quarter: quarterLabel(q.quarter, tp), count: q.count })}
                    </li>
                  ))}
                </ul>
              </td>
              <td data-label={label("status")} className={td}>
                <ScorecardStatusBadge procedural={s.procedural} strings={{ met: t("status.met"), notMet: t("status.notMet") }} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}
