import { describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import { buildReportPdf, toWinAnsi } from "./report-pdf";

describe("buildReportPdf", () => {
  it("writes an A4 landscape PDF, with more pages for a long table", async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`Desa ${i}`, "Kecamatan dengan nama yang cukup panjang sekali", String(i), "75%", "Belum memenuhi"]);
    const bytes = await buildReportPdf({ title: "Rapor Desa PMI Prosedural", subtitle: "Kota Tangerang · Nov 2026", header: ["Desa", "Kecamatan", "Berangkat", "Terverifikasi", "Status"], widths: [3, 3, 1, 1, 2], rows, notes: ["Catatan."] });
    expect(Buffer.from(bytes.slice(0, 5)).toString("latin1")).toBe("%PDF-");
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBeGreaterThan(1);
    const { width, height } = doc.getPage(0).getSize();
    expect(Math.round(width)).toBe(842);
    expect(Math.round(height)).toBe(595);
  });

  it("keeps text Helvetica can write", () => {
    expect(toWinAnsi("Kadés – Ciputat · 75% …")).toBe("Kadés – Ciputat · 75% …");
    expect(toWinAnsi("Erdős")).toBe("Erdos");
    expect(toWinAnsi("名前")).toBe("??");
  });
});
