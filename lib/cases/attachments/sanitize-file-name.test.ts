import { describe, expect, it } from "vitest";
import { MAX_FILE_NAME_LENGTH, sanitizeFileName } from "./sanitize-file-name";

describe("sanitizeFileName", () => {
  it("keeps an ordinary name", () => {
    expect(sanitizeFileName("Surat keterangan sehat.pdf", "pdf")).toBe("Surat keterangan sehat.pdf");
    expect(sanitizeFileName("IMG_2041.JPG", "jpeg")).toBe("IMG_2041.JPG");
    expect(sanitizeFileName("foto paspor.jpeg", "jpeg")).toBe("foto paspor.jpeg");
  });

  it("drops folder parts, from either kind of path", () => {
    expect(sanitizeFileName("../../etc/passwd.pdf", "pdf")).toBe("passwd.pdf");
    expect(sanitizeFileName("C:\\Users\\Siti\\Desktop\\kontrak.pdf", "pdf")).toBe("kontrak.pdf");
  });

  it("removes control and direction characters and leading dots", () => {
    expect(sanitizeFileName("a\u0000b\r\nc.png", "png")).toBe("abc.png");
    expect(sanitizeFileName("foto\u202Egnp.exe", "png")).toBe("fotognp.exe.png");
    expect(sanitizeFileName("...hidden.pdf", "pdf")).toBe("hidden.pdf");
    expect(sanitizeFileName("  banyak    spasi .pdf ", "pdf")).toBe("banyak spasi .pdf");
  });

  it("adds the real type's extension when the name does not carry it", () => {
    expect(sanitizeFileName("surat.pdf", "jpeg")).toBe("surat.pdf.jpg");
    expect(sanitizeFileName("scan", "pdf")).toBe("scan.pdf");
    expect(sanitizeFileName("IMG_0001.HEIC", "heic")).toBe("IMG_0001.HEIC");
  });

  it("names a file that has no name left", () => {
    expect(sanitizeFileName("", "pdf")).toBe("berkas.pdf");
    expect(sanitizeFileName("/", "png")).toBe("berkas.png");
    expect(sanitizeFileName("\u0001\u0002", "webp")).toBe("berkas.webp");
  });

  it("shortens a long name to 200 characters, keeping its extension", () => {
    const long = sanitizeFileName(`${"a".repeat(300)}.pdf`, "pdf");
    expect(long).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(long.endsWith("a.pdf")).toBe(true);
    const noExt = sanitizeFileName("b".repeat(300), "jpeg");
    expect(noExt).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(noExt.endsWith("b.jpg")).toBe(true);
    // Never half of an emoji at the cut.
    const emoji = sanitizeFileName(`${"😀".repeat(150)}.png`, "png");
    expect(emoji.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(emoji).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
