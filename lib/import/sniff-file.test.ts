import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { sniffFile, zipEntryNames } from "./sniff-file";

async function xlsxBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Data").addRow(["NIK", "Nama"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe("sniffFile", () => {
  it("accepts a real XLSX workbook", async () => {
    const file = await xlsxBytes();
    expect(sniffFile(file)).toEqual({ kind: "xlsx" });
    expect(zipEntryNames(file)).toContain("[Content_Types].xml");
  });

  it("refuses an .exe renamed .xlsx", () => {
    // The start of a Windows program: "MZ", the DOS stub, NUL bytes.
    const exe = new Uint8Array(512);
    exe.set(bytes("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"));
    exe.set(bytes("This program cannot be run in DOS mode."), 78);
    expect(sniffFile(exe)).toEqual({ kind: null, reason: "binary" });
  });

  it("refuses a ZIP that is not a workbook, and a damaged ZIP", async () => {
    const zip = new JSZip();
    zip.file("readme.txt", "halo");
    const notXlsx = new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
    expect(sniffFile(notXlsx)).toEqual({ kind: null, reason: "notXlsx" });
    const truncated = (await xlsxBytes()).subarray(0, 200);
    expect(sniffFile(truncated)).toEqual({ kind: null, reason: "notXlsx" });
  });

  it("refuses a Word document (a ZIP with [Content_Types].xml but no workbook)", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("word/document.xml", "<w:document/>");
    expect(sniffFile(new Uint8Array(await zip.generateAsync({ type: "uint8array" })))).toEqual({ kind: null, reason: "notXlsx" });
  });

  it("tells an old binary .xls apart, so the message can say 'save as .xlsx'", () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(sniffFile(xls)).toEqual({ kind: null, reason: "legacyXls" });
  });

  it("accepts UTF-8 text with or without a byte-order mark", () => {
    expect(sniffFile(bytes("NIK;Nama\n3604134506900001;Siti Ümi\n"))).toEqual({ kind: "csv" });
    expect(sniffFile(bytes("\uFEFFNIK,Nama\n"))).toEqual({ kind: "csv" });
  });

  it("refuses UTF-16 and Latin-1 text, and an empty file", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x4e, 0x00, 0x49, 0x00, 0x4b, 0x00]);
    expect(sniffFile(utf16)).toEqual({ kind: null, reason: "binary" });
    const latin1 = new Uint8Array([0x4e, 0x61, 0x6d, 0x61, 0x3b, 0xe9, 0x0a]);
    expect(sniffFile(latin1)).toEqual({ kind: null, reason: "notUtf8" });
    expect(sniffFile(new Uint8Array())).toEqual({ kind: null, reason: "empty" });
  });
});
