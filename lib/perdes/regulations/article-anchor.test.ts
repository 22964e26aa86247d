import { describe, expect, it } from "vitest";
import { articleAnchor, articlePath, normalizeArticleNumber } from "./article-anchor";

describe("articleAnchor", () => {
  it("turns an article number into a lower-case anchor", () => {
    expect(articleAnchor("Pasal 5")).toBe("pasal-5");
    expect(articleAnchor("Pasal 5A")).toBe("pasal-5a");
    expect(articleAnchor("  Pasal   12 ")).toBe("pasal-12");
  });
  it("keeps only letters and digits, and never answers empty", () => {
    expect(articleAnchor("Pasal 3 (ayat 1)")).toBe("pasal-3-ayat-1");
    expect(articleAnchor("Pásal 7")).toBe("pasal-7");
    expect(articleAnchor("—")).toBe("pasal");
  });
  it("builds the public address of an article", () => {
    expect(articlePath("36.04.13.2007", "abc", "Pasal 5")).toBe("/desa/36.04.13.2007/perdes/abc#pasal-5");
  });
});

describe("normalizeArticleNumber", () => {
  it("accepts a bare number or 'Pasal n' in any case, with an optional letter", () => {
    expect(normalizeArticleNumber("5")).toBe("Pasal 5");
    expect(normalizeArticleNumber("pasal 05")).toBe("Pasal 5");
    expect(normalizeArticleNumber("PASAL 5a")).toBe("Pasal 5A");
    expect(normalizeArticleNumber("Pasal12")).toBe("Pasal 12");
  });
  it("refuses anything else", () => {
    expect(normalizeArticleNumber("")).toBeNull();
    expect(normalizeArticleNumber("Pasal 0")).toBeNull();
    expect(normalizeArticleNumber("Bab II")).toBeNull();
    expect(normalizeArticleNumber("Pasal 5 ayat 1")).toBeNull();
    expect(normalizeArticleNumber("Pasal 1234")).toBeNull();
  });
});
