import { describe, expect, it } from "vitest";
import { formatCaseNumber, generatePin, generateTrackingCode, normaliseTrackingCode } from "./codes";

describe("case codes", () => {
  it("numbers cases within the year", () => {
    expect(formatCaseNumber(2026, 123)).toBe("KSS-2026-000123");
  });

  it("reads a tracking code however it was typed", () => {
    const code = generateTrackingCode();
    expect(code).toMatch(/^PK-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(normaliseTrackingCode(code.toLowerCase())).toBe(code);
    expect(normaliseTrackingCode(code.replace(/-/g, " "))).toBe(code);
    expect(normaliseTrackingCode(code.slice(3))).toBe(code);
    // A code whose body starts with P and K keeps them when typed without the prefix.
    expect(normaliseTrackingCode("PKAB2345")).toBe("PK-PKAB-2345");
    expect(normaliseTrackingCode("PK-0000-1111")).toBeNull();
    expect(normaliseTrackingCode("")).toBeNull();
  });

  it("gives six-digit PINs", () => {
    for (let i = 0; i < 50; i++) expect(generatePin()).toMatch(/^\d{6}$/);
  });
});
