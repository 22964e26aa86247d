import { inflateSync } from "node:zlib";
import jsQR from "jsqr";
import { createTranslator } from "next-intl";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import idVerification from "@/lib/i18n/messages/id/verification.json";
import { letterQrPng } from "./letter-qr";
import { longDate, longWibDate, wrapWords } from "./letter-text";
import { renderLetterPdf, type LetterDocument, type LetterTranslate } from "./render-letter-pdf";

const t = createTranslator({ locale: "id", messages: { verification: idVerification }, namespace: "verification.letterPdf" }) as unknown as LetterTranslate;

const URL_ = "https://lontar.example.id/surat/7Q4K-92XD";
const DOC: LetterDocument = {
  number: "470/007/DS-LTR/XII/2026",
  shortCode: "7Q4K-92XD",
  publicUrl: URL_,
  issuedAt: new Date("2026-12-03T03:00:00Z"),
  revokedAt: null,
  letterhead: [],
  headName: "H. Rohman",
  place: { village: "Lontar", district: "Tirtayasa", regency: "Kabupaten Serang", province: "Banten" },
  worker: { name: "Siti Nur Aminah", nik: "3604135705950001", sex: "FEMALE", birthPlace: "Serang", birthDate: new Date(Date.UTC(1995, 4, 17)), address: "Kp. Pesisir RT 001/RW 002" },
  destination: { country: "Hong Kong", job: "Pengurus rumah tangga", recruiter: "PT Résmi Jāya" },
  consenter: { name: "Ahmad Fauzi", relation: "SPOUSE" },
  checks: [
    { label: "Izin keluarga ditandatangani langsung di kantor desa", status: "DONE", checkedAt: new Date("2026-12-01T02:00:00Z") },
    { label: "Job order diperiksa", status: "NOT_APPLICABLE", checkedAt: new Date("2026-12-02T02:00:00Z") },
  ],
};

/** The text a pdf-lib page draws: its content streams inflated, the hex strings of Tj decoded (WinAnsi ≈ latin1). */
function pdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString("latin1");
  const out: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let body: string;
    try {
      body = inflateSync(Buffer.from(m[1]!, "latin1")).toString("latin1");
    } catch {
      body = m[1]!;
    }
    for (const h of body.matchAll(/<([0-9A-Fa-f]+)> Tj/g)) out.push(Buffer.from(h[1]!, "hex").toString("latin1"));
  }
  return out.join("\n");
}

describe("the letter's QR code", () => {
  it("decodes to the public check URL", async () => {
    const png = PNG.sync.read(await letterQrPng(URL_));
    const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(found?.data).toBe(URL_);
  });
});

describe("the letter PDF", () => {
  it("is a PDF with the number, the worker, the consenter, the checks, the signer and the check URL", async () => {
    const bytes = await renderLetterPdf(DOC, t);
    expect(Buffer.from(bytes.slice(0, 5)).toString("latin1")).toBe("%PDF-");
    const text = pdfText(bytes);
    for (const expected of [
      "PEMERINTAH KABUPATEN SERANG",
      "DESA LONTAR",
      "SURAT REKOMENDASI DAN IZIN KELUARGA",
      "Nomor: 470/007/DS-LTR/XII/2026",
      "Siti Nur Aminah",
      "3604135705950001",
      "Serang, 17 Mei 1995",
      "Perempuan",
      "Hong Kong",
      "PT Résmi Jaya",
      "Ahmad Fauzi",
      "Suami/istri",
      "selesai, 1 Desember 2026",
      "tidak berlaku, 2 Desember 2026",
      "Lontar, 3 Desember 2026",
      "H. Rohman",
      URL_,
      "Kode periksa: 7Q4K-92XD",
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).not.toContain("DICABUT");
  });

  it("uses the village's own letterhead and marks a revoked letter", async () => {
    const text = pdfText(await renderLetterPdf({ ...DOC, letterhead: ["PEMERINTAH KABUPATEN SERANG", "DESA LONTAR KECAMATAN TIRTAYASA"], revokedAt: new Date("2026-12-05T03:00:00Z"), headName: null }, t));
    expect(text).toContain("DESA LONTAR KECAMATAN TIRTAYASA");
    expect(text).toContain("SURAT INI TELAH DICABUT PADA 5 Desember 2026");
    expect(text).toContain("(..................................)");
  });
});

describe("letter words", () => {
  it("spells dates out, the moment's in WIB", () => {
    expect(longDate(new Date(Date.UTC(1995, 4, 17)))).toBe("17 Mei 1995");
    expect(longWibDate(new Date("2026-12-31T18:00:00Z"))).toBe("1 Januari 2027");
  });

  it("wraps words to a width", () => {
    expect(wrapWords("satu dua tiga empat", 9, (s) => s.length)).toEqual(["satu dua", "tiga", "empat"]);
    expect(wrapWords("a\nb", 10, (s) => s.length)).toEqual(["a", "b"]);
  });
});
