import ExcelJS from "exceljs";
import { IMPORT_FIELDS, REQUIRED_FIELDS, type ImportField } from "./fields";

// The import template: the column headers in the user's language, the identifier and number
// columns formatted as text (Excel keeps only 15 digits of a number: a 16-digit NIK typed
// into a number cell loses its last digit), and a guide sheet with what each column takes.

const TEXT_COLUMNS: readonly ImportField[] = ["nik", "kkNumber", "phone", "rt", "rw"];
const DATE_COLUMNS: readonly ImportField[] = ["birthDate", "departureDate"];

export async function buildImportTemplate(t: (key: string) => string): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t("template.sheet"), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = IMPORT_FIELDS.map((field) => ({
    header: t(`columns.${field}`),
    key: field,
    width: field === "name" || field === "address" || field === "recruiterName" ? 28 : field === "nik" || field === "kkNumber" ? 20 : 16,
    style: TEXT_COLUMNS.includes(field) ? { numFmt: "@" } : DATE_COLUMNS.includes(field) ? { numFmt: "dd/mm/yyyy" } : {},
  }));
  sheet.getRow(1).font = { bold: true };

  const guide = workbook.addWorksheet(t("template.guideSheet"));
  guide.columns = [
    { header: t("template.guide.column"), width: 26 },
    { header: t("template.guide.rule"), width: 70 },
    { header: "", width: 16 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const field of IMPORT_FIELDS) {
    guide.addRow([t(`columns.${field}`), t(`template.guide.rules.${field}`), REQUIRED_FIELDS.includes(field) ? t("template.guide.required") : t("template.guide.optional")]);
  }
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
