import { describe, expect, it } from "vitest";
import { contentDisposition, downloadResponse } from "./download";

describe("contentDisposition", () => {
  it("keeps a plain ASCII name as it was", () => {
    expect(contentDisposition("registri-2026-12-01.csv")).toBe('attachment; filename="registri-2026-12-01.csv"');
  });

  it("gives a name with other letters an ASCII stand-in and the exact name encoded", () => {
    expect(contentDisposition("Surat Pak Kadés.pdf")).toBe(`attachment; filename="Surat Pak Kades.pdf"; filename*=UTF-8''Surat%20Pak%20Kad%C3%A9s.pdf`);
    expect(contentDisposition("foto 😀.png")).toBe(`attachment; filename="foto __.png"; filename*=UTF-8''foto%20%F0%9F%98%80.png`);
  });

  it("cannot be broken out of by quotes, backslashes or line breaks", () => {
    expect(contentDisposition('a"b\\c\r\nSet-Cookie: x.pdf')).toBe(`attachment; filename="a_b_cSet-Cookie: x.pdf"; filename*=UTF-8''a%22b%5CcSet-Cookie%3A%20x.pdf`);
    expect(contentDisposition("it's (1) ü.pdf")).toContain("filename*=UTF-8''it%27s%20%281%29%20%C3%BC.pdf");
  });
});

describe("downloadResponse", () => {
  it("answers as a saved file, never cached or sniffed, with a header Node accepts for any name", () => {
    const response = downloadResponse(new Uint8Array([1, 2, 3]), "Surat Kadés.pdf", "pdf");
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; /);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
