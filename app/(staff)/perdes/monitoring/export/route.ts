import ExcelJS from "exceljs";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { toCsv } from "@/lib/export/to-csv";
import { clientIp } from "@/lib/http/client-ip";
import { downloadResponse } from "@/lib/http/download";
import { formatDate } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { exportMonitoringList, MONITORING_EXPORT_LIMIT } from "@/lib/perdes/monitoring/export-monitoring";
import type { MonitoringRow } from "@/lib/perdes/monitoring/list-monitoring";
import { parseMonitoringList } from "@/lib/perdes/monitoring/monitoring-lists";
import { parsePerdesPeriod } from "@/lib/perdes/period";

// One monitoring list as CSV or XLSX, for the period and list of the page (its links copy the
// query). Audited as perdes.monitoring-export. Never cached.
export const dynamic = "force-dynamic";

const COLUMNS = ["name", "village", "country", "status", "departure", "contractEnd", "returnDate", "daysOverdue", "nonProcedural"] as const;

export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 303, headers: { Location: "/sign-in" } });
  // Like the pages: a role without the permission gets "not found".
  if (!can(actor.role, "monitoring:read") || actor.mustChangePassword) return new Response("Not found", { status: 404 });

  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const list = parseMonitoringList(url.searchParams.get("list"));
  const period = parsePerdesPeriod(Object.fromEntries(url.searchParams));
  const { rows, truncated } = await exportMonitoringList(actor, list, period, { ip: clientIp(await headers()), format });

  const t = await getTranslations("scorecard.monitoring");
  const tp = await getTranslations("placements");
  const locale = toLocale(await getLocale());
  const values = (r: MonitoringRow) => [
    r.personName,
    r.villageName ?? r.villageCode,
    (locale === "en" ? r.countryNameEn : r.countryNameId) ?? r.countryCode,
    tp(`status.${r.status}`),
    formatDate(r.departureDate, locale),
    formatDate(r.contractEnd, locale),
    formatDate(r.returnDate, locale),
    r.daysOverdue ?? "",
    r.nonProcedural ? t("export.yes") : t("export.no"),
  ];
  const header = COLUMNS.map((c) => t(`export.columns.${c}`));
  const note = truncated ? t("export.truncated", { limit: MONITORING_EXPORT_LIMIT }) : null;
  const filename = `${t(`export.filename.${list}`)}-${period.from}${period.to === period.from ? "" : `_${period.to}`}.${format}`;

  let body: BodyInit;
  if (format === "csv") {
    body = toCsv(header, [...rows.map(values), ...(note ? [[note]] : [])]);
  } else {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(t("export.sheet"), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = COLUMNS.map((c) => ({ header: t(`export.columns.${c}`), key: c, width: c === "name" || c === "village" ? 28 : 16 }));
    sheet.getRow(1).font = { bold: true };
    for (const r of rows) sheet.addRow(values(r));
    if (note) sheet.addRow([note]);
    body = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  }
  return downloadResponse(body, filename, format);
}
