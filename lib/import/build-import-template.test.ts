import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import id from "@/lib/i18n/messages/id/import.json";
import { buildImportTemplate } from "./build-import-template";
import { guessMapping, IMPORT_FIELDS } from "./fields";
import { sniffFile } from "./sniff-file";

const t = (key: string) => key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], id) as string;

describe("buildImportTemplate", () => {
  it("is a workbook whose headers map to every field, with NIK and KK as text columns", async () => {
    const bytes = await buildImportTemplate(t);
    expect(sniffFile(new Uint8Array(bytes))).toEqual({ kind: "xlsx" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes);
    const sheet = wb.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    expect(guessMapping(headers)).toEqual(Object.fromEntries(IMPORT_FIELDS.map((f, i) => [f, i])));
    expect(sheet.getColumn(1).numFmt).toBe("@");
    expect(sheet.getColumn(IMPORT_FIELDS.indexOf("kkNumber") + 1).numFmt).toBe("@");
    expect(wb.worksheets[1]!.rowCount).toBe(IMPORT_FIELDS.length + 1);
  });
});
