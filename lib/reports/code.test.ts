import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, generateReportCode, normaliseReportCode } from "./code";

describe("report codes", () => {
  it("look like LAP-XXXX-XXXX from the unambiguous alphabet", () => {
    for (let i = 0; i < 200; i++) {
      const code = generateReportCode();
      expect(code).toMatch(/^LAP-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      expect(code.slice(4).replace("-", "")).not.toMatch(/[01ILOUV]/);
    }
  });

  it("leaves out look-alike characters", () => {
    for (const c of "01ILOUV") expect(CODE_ALPHABET).not.toContain(c);
  });

  it("are practically unique", () => {
    const codes = new Set(Array.from({ length: 2000 }, generateReportCode));
    expect(codes.size).toBe(2000);
  });

  it("read back however they are typed", () => {
    expect(normaliseReportCode("lap-7q4k-92xd")).toBe("LAP-7Q4K-92XD");
    expect(normaliseReportCode(" LAP 7Q4K 92XD ")).toBe("LAP-7Q4K-92XD");
    expect(normaliseReportCode("7Q4K92XD")).toBe("LAP-7Q4K-92XD");
    expect(normaliseReportCode("LAP-7Q4K-92X")).toBeNull();
    expect(normaliseReportCode("LAP-7Q4K-92X1")).toBeNull();
    expect(normaliseReportCode("")).toBeNull();
  });
});
