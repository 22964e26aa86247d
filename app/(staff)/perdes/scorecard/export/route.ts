import ExcelJS from "exceljs";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { periodLabel, quarterLabel } from "@/components/perdes/period-label";
import { formatPct } from "@/components/perdes/scorecard-format";
import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { clientIp } from "@/lib/http/client-ip";
import { downloadResponse } from "@/lib/http/download";
import { formatDateTime } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { parsePerdesPeriod } from "@/lib/perdes/period";
import { exportScorecardReport } from "@/lib/perdes/scorecard/export-scorecard";
import { buildReportPdf } from "@/lib/perdes/scorecard/report-pdf";
import type { ScorecardRow } from "@/lib/perdes/scorecard/get-scorecard";

// The monthly scorecard report (?month=2026-11&format=xlsx|pdf): one row per village of the
// actor's scope with its figures and status. Officials (their village) and BP3MI staff (their
// region). Audited as perdes.scorecard-export. Never cached.
export const dynamic = "force-dynamic";

const COLUMNS = ["village", "kecamatan", "code", "departures", "verified", "verifiedShare", "nonProcedural", "casesClosed", "casesOnTime", "casesOnTimeShare", "sessions", "status"] as const;
const PDF_WIDTHS = [2.6, 2.4, 2.2, 2.1, 2, 2, 2.1, 1.8, 1.8, 1.9, 2.6, 2.4];

export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 303, headers: { Location: "/sign-in" } });
  if (!can(actor.role, "scorecard:export") || actor.mustChangePassword) return new Response("Not found", { status: 404 });

  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "pdf" ? "pdf" : "xlsx";
  const month = parsePerdesPeriod({ month: url.searchParams.get("month") }).from;
  const kecamatan = url.searchParams.get("kecamatan") || null;
  const { card, placeName } = await exportScorecardReport(actor, month, { format, kecamatan, ip: clientIp(await headers()) });

  const t = await getTranslations("scorecard.report");
  const ts = await getTranslations("scorecard.scorecard");
  const tp = await getTranslations("scorecard.period");
  const locale = toLocale(await getLocale());
  const monthText = periodLabel(card.period, locale, tp);
  const sessions = (r: ScorecardRow) => r.score.sessions.map((q) => `${quarterLabel(q.quarter, tp)}: ${q.count}`).join("; ");
  const status = (r: ScorecardRow) => (r.score.procedural ? ts("status.met") : ts("status.notMet"));
  const th = card.thresholds.values;
  const notes = [
    `${card.thresholds.regionCode ? ts("thresholdsFrom", { region: card.thresholds.regionName ?? card.thresholds.regionCode }) : ts("thresholdsDefault")} ${ts("thresholdsList", { verified: th.minVerifiedSharePct, nonProcedural: th.maxNonProcedural, cases: th.minCasesOnTimeSharePct, sessions: th.minSessionsPerQuarter })}`,
    t("rules"),
    t("generated", { at: formatDateTime(new Date(), locale) }),
  ];
  const header = COLUMNS.map((c) => t(`columns.${c}`));
  const title = t("documentTitle");
  const subtitle = t("subtitle", { place: placeName, month: monthText });
  const filename = `${t("filename")}-${month}.${format}`;

  if (format === "pdf") {
    const rows = card.rows.map((r) => [
      r.villageName, r.kecamatanName ?? "", r.villageCode, String(r.score.departures), String(r.score.verified), formatPct(r.score.verifiedShareShown, locale),
      String(r.score.nonProcedural), String(r.score.casesClosed), String(r.score.casesOnTime), formatPct(r.score.casesOnTimeShareShown, locale), sessions(r), status(r),
    ]);
    const pdf = await buildReportPdf({ title, subtitle, header, widths: PDF_WIDTHS, rows: rows.length ? rows : [[t("empty")]], notes });
    return downloadResponse(new Uint8Array(pdf), filename, "pdf");
  }

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t("sheet"), { views: [{ state: "frozen", ySplit: 3 }] });
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.addRow([subtitle]);
  const head = sheet.addRow(header);
  head.font = { bold: true };
  sheet.columns = COLUMNS.map((c) => ({ key: c, width: c === "village" || c === "kecamatan" ? 26 : c === "sessions" || c === "status" ? 22 : 14 }));
  // Shares as numbers (percent, one decimal at most), empty for "—", so they can be sorted and charted.
  const share = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  for (const r of card.rows) {
    sheet.addRow([
      r.villageName, r.kecamatanName ?? "", r.villageCode, r.score.departures, r.score.verified, share(r.score.verifiedSharePct),
      r.score.nonProcedural, r.score.casesClosed, r.score.casesOnTime, share(r.score.casesOnTimeSharePct), sessions(r), status(r),
    ]);
  }
  sheet.addRow([]);
  for (const note of notes) sheet.addRow([note]);
  const body = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return downloadResponse(body, filename, "xlsx");
}
