import ExcelJS from "exceljs";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { wibDay } from "@/lib/audit/history-query";
import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { exportGroups, GROUP_EXPORT_LIMIT } from "@/lib/empowerment/reports/export-groups";
import { clientIp } from "@/lib/http/client-ip";
import { downloadResponse } from "@/lib/http/download";
import { toLocale } from "@/lib/i18n/locales";

// The business groups of the actor's villages (or one of them: ?village=) as one XLSX
// workbook with four sheets (groups, members, loans, sales): one consistent copy for a bank
// or a funder and one audit entry. No NIK. Never cached.
export const dynamic = "force-dynamic";

type Column = { key: string; width?: number; money?: boolean; date?: boolean };

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: Column[], label: (key: string) => string, rows: unknown[][]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: label(c.key), key: c.key, width: c.width ?? 16, style: c.money ? { numFmt: "#,##0" } : c.date ? { numFmt: "yyyy-mm-dd" } : {} }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
}

// Whole rupiah fit a double exactly far beyond any group's amounts (2^53 ≈ 9 × 10^15).
const money = (v: bigint) => Number(v);

export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 303, headers: { Location: "/sign-in" } });
  if (!can(actor.role, "group:export") || actor.mustChangePassword) return new Response("Not found", { status: 404 });

  const village = new URL(request.url).searchParams.get("village");
  const data = await exportGroups(actor, { villageCode: village, ip: clientIp(await headers()) });
  const t = await getTranslations("groupReports");
  const en = toLocale(await getLocale()) === "en";
  const col = (key: string) => t(`export.columns.${key}`);
  const status = (s: string) => t(`village.statuses.${s}`);

  const workbook = new ExcelJS.Workbook();
  addSheet(workbook, t("export.sheets.groups"), [
    { key: "name", width: 32 }, { key: "kind", width: 28 }, { key: "village", width: 20 }, { key: "villageCode" }, { key: "founded", date: true },
    { key: "status" }, { key: "cooperative", width: 28 }, { key: "members" }, { key: "revenue12", money: true, width: 22 },
  ], col, data.groups.map((g) => [g.name, en ? g.kindNameEn : g.kindNameId, g.villageName, g.villageCode, g.foundedOn, status(g.status), g.cooperative, g.members, money(g.revenueRupiah)]));
  addSheet(workbook, t("export.sheets.members"), [
    { key: "group", width: 32 }, { key: "name", width: 28 }, { key: "role" }, { key: "joinedOn", date: true }, { key: "leftOn", date: true },
  ], col, data.members.map((m) => [m.groupName, m.name, t(`profile.roles.${m.role}`), m.joinedOn, m.leftOn]));
  addSheet(workbook, t("export.sheets.loans"), [
    { key: "group", width: 32 }, { key: "loanKind" }, { key: "lender", width: 28 }, { key: "principal", money: true }, { key: "disbursed", date: true },
    { key: "term" }, { key: "repaid", money: true }, { key: "outstanding", money: true }, { key: "loanStatus" },
  ], col, data.loans.map((l) => [l.groupName, t(`export.loanKinds.${l.kind}`), l.lender, money(l.principalRupiah), l.disbursedOn, l.termMonths, money(l.repaidRupiah), money(l.outstandingRupiah), t(`charts.status.${l.status}`)]));
  addSheet(workbook, t("export.sheets.sales"), [
    { key: "group", width: 32 }, { key: "month" }, { key: "product", width: 28 }, { key: "quantity" }, { key: "unit" }, { key: "revenue", money: true }, { key: "soldIn", width: 24 },
  ], col, data.sales.map((s) => [s.groupName, s.month, s.product, Number(s.quantity), s.unit, money(s.revenueRupiah), s.soldIn]));
  if (data.truncated) workbook.worksheets[0]!.addRow([t("export.truncated", { limit: GROUP_EXPORT_LIMIT })]);

  const body = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return downloadResponse(body, `${t("export.filename")}-${wibDay(new Date())}.xlsx`, "xlsx");
}
