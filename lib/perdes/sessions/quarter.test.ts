import { describe, expect, it } from "vitest";
import { formatQuarter, parseQuarter, previousQuarter, quarterOf, quarterRange, recentQuarters } from "./quarter";

describe("quarters", () => {
  it("parses and formats 2026-Q4", () => {
    expect(parseQuarter("2026-Q4")).toEqual({ year: 2026, q: 4 });
    expect(parseQuarter(" 2026-q1 ")).toEqual({ year: 2026, q: 1 });
    expect(formatQuarter({ year: 2026, q: 4 })).toBe("2026-Q4");
  });
  it("refuses other text", () => {
    for (const bad of ["2026-Q5", "2026-Q0", "2026Q4", "26-Q4", "", undefined, null, "1800-Q1"]) expect(parseQuarter(bad)).toBeNull();
  });
  it("finds the quarter of a calendar date", () => {
    expect(quarterOf(new Date(Date.UTC(2026, 0, 1)))).toEqual({ year: 2026, q: 1 });
    expect(quarterOf(new Date(Date.UTC(2026, 2, 31)))).toEqual({ year: 2026, q: 1 });
    expect(quarterOf(new Date(Date.UTC(2026, 3, 1)))).toEqual({ year: 2026, q: 2 });
    expect(quarterOf(new Date(Date.UTC(2026, 11, 31)))).toEqual({ year: 2026, q: 4 });
  });
  it("gives a quarter's days as a half-open range", () => {
    expect(quarterRange({ year: 2026, q: 4 })).toEqual({ from: new Date(Date.UTC(2026, 9, 1)), until: new Date(Date.UTC(2027, 0, 1)) });
  });
  it("counts back across a year", () => {
    expect(previousQuarter({ year: 2026, q: 1 })).toEqual({ year: 2025, q: 4 });
    expect(recentQuarters(new Date(Date.UTC(2026, 4, 10)), 3).map(formatQuarter)).toEqual(["2026-Q2", "2026-Q1", "2025-Q4"]);
  });
});
