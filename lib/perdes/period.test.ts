import { describe, expect, it } from "vitest";
import {
  dayBounds, momentBounds, parsePerdesPeriod, periodParams, periodQuarter, previousQuarter, quarterMonths, quarterOf, quartersEndingWith, quartersOf, wholeQuarters,
} from "./period";

// 30 Sep 2026 18:00 UTC is 1 Oct 2026 01:00 WIB: October, Q4.
const NOW = new Date("2026-09-30T18:00:00Z");

describe("perdes period", () => {
  it("defaults to the current WIB month, or quarter", () => {
    expect(parsePerdesPeriod({}, { now: NOW })).toEqual({ from: "2026-10", to: "2026-10" });
    expect(parsePerdesPeriod({ month: "nope" }, { now: NOW, fallback: "quarter" })).toEqual({ from: "2026-10", to: "2026-12" });
  });

  it("reads a month, a quarter or a range (reversed put right, too long cut from the start)", () => {
    expect(parsePerdesPeriod({ month: "2026-11" })).toEqual({ from: "2026-11", to: "2026-11" });
    expect(parsePerdesPeriod({ quarter: "2026-Q3", month: "2026-11" })).toEqual({ from: "2026-07", to: "2026-09" });
    expect(parsePerdesPeriod({ from: "2026-12", to: "2026-02" })).toEqual({ from: "2026-02", to: "2026-12" });
    expect(parsePerdesPeriod({ from: "2026-05" })).toEqual({ from: "2026-05", to: "2026-05" });
    expect(parsePerdesPeriod({ from: "2020-01", to: "2026-12" })).toEqual({ from: "2025-01", to: "2026-12" });
    expect(parsePerdesPeriod({ quarter: ["2026-Q1", "2026-Q2"] })).toEqual({ from: "2026-01", to: "2026-03" });
  });

  it("works out quarters", () => {
    expect(quarterOf("2026-01")).toBe("2026-Q1");
    expect(quarterOf("2026-12")).toBe("2026-Q4");
    expect(quarterMonths("2026-Q2")).toEqual({ from: "2026-04", to: "2026-06" });
    expect(quarterMonths("2026-Q5")).toBeNull();
    expect(quartersOf({ from: "2026-08", to: "2026-11" })).toEqual(["2026-Q3", "2026-Q4"]);
    expect(wholeQuarters({ from: "2026-08", to: "2026-11" })).toEqual({ from: "2026-07", to: "2026-12" });
    expect(quartersEndingWith("2027-Q1", 3)).toEqual(["2026-Q3", "2026-Q4", "2027-Q1"]);
    expect(previousQuarter("2027-Q1")).toBe("2026-Q4");
    expect(periodQuarter({ from: "2026-10", to: "2026-12" })).toBe("2026-Q4");
    expect(periodQuarter({ from: "2026-10", to: "2026-11" })).toBeNull();
  });

  it("writes the period back as the shortest query", () => {
    expect(periodParams({ from: "2026-11", to: "2026-11" }).toString()).toBe("month=2026-11");
    expect(periodParams({ from: "2026-10", to: "2026-12" }).toString()).toBe("quarter=2026-Q4");
    expect(periodParams({ from: "2026-10", to: "2027-01" }).toString()).toBe("from=2026-10&to=2027-01");
  });

  it("gives day bounds for dates and WIB moment bounds for timestamps", () => {
    expect(dayBounds({ from: "2026-11", to: "2026-12" })).toEqual({ first: "2026-11-01", afterLast: "2027-01-01" });
    expect(momentBounds({ from: "2026-11", to: "2026-11" })).toEqual({ gte: new Date("2026-10-31T17:00:00Z"), lt: new Date("2026-11-30T17:00:00Z") });
  });
});
