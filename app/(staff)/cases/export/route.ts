import ExcelJS from "exceljs";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { wibDay } from "@/lib/audit/history-query";
import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { CASES_EXPORT_LIMIT, exportCases } from "@/lib/cases/lists/export-cases";
import type { CaseRow } from "@/lib/cases/lists/list-cases";
import { parseListCasesQuery } from "@/lib/cases/lists/list-cases-query";
import { toCsv } from "@/lib/export/to-csv";
import { clientIp } from "@/lib/http/client-ip";
import { downloadResponse } from "@/lib/http/download";
import { formatDateTime } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";

// The case list as CSV or XLSX, with the filters, search and order of the page (its links
// copy the query). The list's columns only: no reporter details, no account of what
// happened (lib/cases/lists/export-cases.ts). Never cached.
export const dynamic = "force-dynamic";

const COLUMNS = ["number", "reportedAt", "worker", "village", "category", "country", "urgent", "status", "dueAt", "overdue", "handler", "ageDays"] as const;
const WIDE = new Set<string>(["worker", "village", "category", "handler"]);

export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 303, headers: { Location: "/sign-in" } });
  // Like the pages: a role without the permission gets "not found", not a hint that it exists.
  if (!can(actor.role, "case:export") || actor.mustChangePassword) return new Response("Not found", { status: 404 });

  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const query = parseListCasesQuery(url.searchParams);
  const { rows, truncated } = await exportCases(actor, query, { ip: clientIp(await headers()), format });

  const t = await getTranslations("caseLists.export");
  const tc = await getTranslations("cases");
  const locale = toLocale(await getLocale());
  const yesNo = (v: boolean) => (v ? t("yes") : t("no"));
  const values = (r: CaseRow) => [
    r.number,
    formatDateTime(r.reportedAt, locale),
    r.workerName,
    r.villageName ?? r.villageCode,
    tc(`category.${r.category}`),
    r.countryCode ? ((locale === "en" ? r.countryNameEn : r.countryNameId) ?? r.countryCode) : "",
    yesNo(r.urgent),
    tc(`status.${r.status}`),
    r.dueAt ? formatDateTime(r.dueAt, locale) : "",
    yesNo(r.overdue),
    r.handlerName ?? "",
    r.ageDays,
  ];
  const header = COLUMNS.map((c) => t(`columns.${c}`));
  const note = truncated ? t("truncated", { limit: CASES_EXPORT_LIMIT }) : null;
  const filename = `${t("filename")}-${wibDay(new Date())}.${format}`;

  let body: BodyInit;
  if (format === "csv") {
    body = toCsv(header, [...rows.map(values), ...(note ? [[note]] : [])]);
  } else {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(t("sheet"), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = COLUMNS.map((c) => ({ header: t(`columns.${c}`), key: c, width: WIDE.has(c) ? 28 : c === "ageDays" ? 10 : 20 }));
    sheet.getRow(1).font = { bold: true };
    for (const r of rows) sheet.addRow(values(r));
    if (note) sheet.addRow([note]);
    body = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  }
  return downloadResponse(body, filename, format);
}
