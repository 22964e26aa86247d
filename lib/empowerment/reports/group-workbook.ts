import ExcelJS from "exceljs";
import { GROUP_EXPORT_LIMIT, type GroupExport } from "./export-groups";

// The XLSX of exportGroups: four sheets (groups, members, loans, sales), amounts as whole
// rupiah numbers, dates as dates. `t` reads the groupReports catalog. No NIK column exists.

type Column = { key: string; width?: number; money?: boolean; date?: boolean };
type Translate = (key: string, values?: Record<string, string | number>) => string;

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: Column[], label: (key: string) => string, rows: unknown[][]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: label(c.key), key: c.key, width: c.width ?? 16, style: c.money ? { numFmt: "#,##0" } : c.date ? { numFmt: "yyyy-mm-dd" } : {} }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
}

// Whole rupiah fit a double exactly far beyond any group's amounts (2^53 ≈ 9 × 10^15).
const money = (v: bigint) => Number(v);

export function buildGroupWorkbook(data: GroupExport, t: Translate, en: boolean): ExcelJS.Workbook {
  const col = (key: string) => t(`export.columns.${key}`);
  const workbook = new ExcelJS.Workbook();
  addSheet(workbook, t("export.sheets.groups"), [
    { key: "name", width: 32 }, { key: "kind", width: 28 }, { key: "village", width: 20 }, { key: "villageCode" }, { key: "founded", date: true },
    { key: "status" }, { key: "cooperative", width: 28 }, { key: "members" }, { key: "revenue12", money: true, width: 22 },
  ], col, data.groups.map((g) => [g.name, en ? g.kindNameEn : g.kindNameId, g.villageName, g.villageCode, g.foundedOn, t(`village.statuses.${g.status}`), g.cooperative, g.members, money(g.revenueRupiah)]));
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
  return workbook;
}
