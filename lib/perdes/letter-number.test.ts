import { describe, expect, it } from "vitest";
import { formatLetterNumber, generateLetterCode, initialsOf, normaliseLetterCode } from "./letter-number";

describe("village letter numbers and codes", () => {
  it("numbers letters the administrative way", () => {
    expect(formatLetterNumber(7, "DS-LTR", 12, 2026)).toBe("470/007/DS-LTR/XII/2026");
    expect(formatLetterNumber(123, "DS-SSK", 1, 2027)).toBe("470/123/DS-SSK/I/2027");
  });
  it("reads a check code however it was typed", () => {
    const code = generateLetterCode();
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(normaliseLetterCode(code.toLowerCase().replace("-", " "))).toBe(code);
    expect(normaliseLetterCode("0000-1111")).toBeNull();
    expect(normaliseLetterCode("ABC")).toBeNull();
  });
  it("keeps only the worker's initials", () => {
    expect(initialsOf("Siti  Nur aminah")).toBe("S. N. A.");
  });
});
