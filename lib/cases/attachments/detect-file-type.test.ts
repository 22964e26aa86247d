import { describe, expect, it } from "vitest";
import { SAMPLE_FILES } from "@/tests/factories/files";
import { checkAttachmentBytes, MAX_ATTACHMENT_BYTES } from "./attachment-limits";
import { detectFileType, kindOfMimeType } from "./detect-file-type";

const ascii = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));

describe("detectFileType", () => {
  it.each([
    ["jpeg", SAMPLE_FILES.jpeg],
    ["png", SAMPLE_FILES.png],
    ["webp", SAMPLE_FILES.webp],
    ["heic", SAMPLE_FILES.heic],
    ["pdf", SAMPLE_FILES.pdf],
  ] as const)("knows a %s by its first bytes", (kind, bytes) => {
    expect(detectFileType(bytes)).toBe(kind);
  });

  it.each([
    ["a Windows program", SAMPLE_FILES.exe],
    ["AVIF", SAMPLE_FILES.avif],
    ["GIF", SAMPLE_FILES.gif],
    ["plain text", SAMPLE_FILES.text],
    ["nothing", new Uint8Array()],
    ["a RIFF that is not WebP (WAV)", ascii("RIFF\x24\x00\x00\x00WAVEfmt ")],
    ["a PDF header after a program's start", ascii("MZ\x90\x00%PDF-1.7\n")],
    ["a PDF header after a space", ascii(" %PDF-1.4\n")],
    ["half a PNG signature", new Uint8Array([0x89, 0x50, 0x4e, 0x47])],
    ["two bytes of JPEG", new Uint8Array([0xff, 0xd8])],
  ])("refuses %s", (_name, bytes) => {
    expect(detectFileType(bytes)).toBeNull();
  });

  it("takes generic HEIF only with an HEVC brand among the compatible ones, and checks the box", () => {
    const heif = (size: number, major: string, compatible: string) =>
      new Uint8Array([0, 0, 0, size, ...ascii(`ftyp${major}`), 0, 0, 0, 0, ...ascii(compatible), ...new Array(40).fill(0)]);
    expect(detectFileType(heif(0x18, "mif1", "mif1heic"))).toBe("heic");
    expect(detectFileType(heif(0x18, "mif1", "mif1avif"))).toBeNull();
    expect(detectFileType(heif(0x18, "hevc", "mif1msf1"))).toBe("heic");
    // A box that claims to be larger than the file, or too small to hold its brands.
    expect(detectFileType(heif(0xfc, "mif1", "mif1heic"))).toBeNull();
    expect(detectFileType(heif(0x08, "heic", "mif1heic"))).toBeNull();
  });

  it("maps stored types back to their kind", () => {
    expect(kindOfMimeType("application/pdf")).toBe("pdf");
    expect(kindOfMimeType("image/heic")).toBe("heic");
    expect(kindOfMimeType("application/x-msdownload")).toBeNull();
  });
});

describe("checkAttachmentBytes", () => {
  it("refuses an empty file, a file over 10 MB, and a file of another type", () => {
    expect(checkAttachmentBytes(new Uint8Array())).toEqual({ ok: false, reason: "empty" });
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(SAMPLE_FILES.pdf);
    expect(checkAttachmentBytes(big)).toEqual({ ok: false, reason: "tooLarge" });
    expect(checkAttachmentBytes(SAMPLE_FILES.exe)).toEqual({ ok: false, reason: "typeNotAllowed" });
  });

  it("takes a file of exactly 10 MB (10,485,760 bytes)", () => {
    const exact = new Uint8Array(MAX_ATTACHMENT_BYTES);
    exact.set(SAMPLE_FILES.jpeg);
    expect(MAX_ATTACHMENT_BYTES).toBe(10_485_760);
    expect(checkAttachmentBytes(exact)).toEqual({ ok: true, kind: "jpeg" });
  });
});
