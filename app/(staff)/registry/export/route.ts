import ExcelJS from "exceljs";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { wibDay } from "@/lib/audit/history-query";
import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { toCsv } from "@/lib/export/to-csv";
import { clientIp } from "@/lib/http/client-ip";
import { toLocale } from "@/lib/i18n/locales";
import { exportPeople, PEOPLE_EXPORT_LIMIT, type ExportedPerson } from "@/lib/registry/export-people";
import { parseListPeopleQuery } from "@/lib/registry/list-people-query";
import { downloadResponse } from "@/lib/http/download";

// The people list as CSV or XLSX, with the filters and search of the page (its links copy the
// query). Never cached: it is personal data.
export const dynamic = "force-dynamic";

const COLUMNS = ["nik", "name", "sex", "birthDate", "village", "dusun", "rt", "rw", "status", "destination", "job", "sector", "recruiter", "checklist"] as const;

export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 303, headers: { Location: "/sign-in" } });
  // Like the page: a role without the permission gets "not found", not a hint that it exists.
  if (!can(actor.role, "registry:export") || actor.mustChangePassword) return new Response("Not found", { status: 404 });

  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const query = parseListPeopleQuery(Object.fromEntries(url.searchParams));
  const { rows, truncated } = await exportPeople(actor, query, { ip: clientIp(await headers()), format });

  const t = await getTranslations("registry");
  const en = toLocale(await getLocale()) === "en";
  const yesNo = (v: boolean | null) => (v == null ? "" : v ? t("export.columns.yes") : t("export.columns.no"));
  const values = (r: ExportedPerson) => [
    r.nik,
    r.name,
    t(`sexes.${r.sex}`),
    r.birthDate.toISOString().slice(0, 10),
    r.villageName ?? r.villageCode,
    r.dusun,
    r.rt,
    r.rw,
    r.currentStatus ? t(`status.${r.currentStatus}`) : "",
    (en ? r.countryNameEn : r.countryNameId) ?? r.currentCountryCode,
    (en ? r.jobNameEn : r.jobNameId) ?? r.currentJobCode,
    r.currentSector ? t(`sectors.${r.currentSector}`) : "",
    r.currentRecruiter,
    yesNo(r.currentChecklistComplete),
  ];
  const header = COLUMNS.map((c) => t(`export.columns.${c}`));
  const note = truncated ? t("export.truncated", { limit: PEOPLE_EXPORT_LIMIT }) : null;
  const filename = `${t("export.filename")}-${wibDay(new Date())}.${format}`;

  let body: BodyInit;
  if (format === "csv") {
    body = toCsv(header, [...rows.map(values), ...(note ? [[note]] : [])]);
  } else {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(t("export.sheet"), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = COLUMNS.map((c) => ({ header: t(`export.columns.${c}`), key: c, width: c === "name" || c === "recruiter" ? 28 : c === "nik" ? 20 : 14, style: c === "nik" || c === "rt" || c === "rw" ? { numFmt: "@" } : {} }));
    sheet.getRow(1).font = { bold: true };
    for (const r of rows) sheet.addRow(values(r));
    if (note) sheet.addRow([note]);
    body = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  }
  return downloadResponse(body, filename, format);
}
