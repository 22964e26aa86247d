import { describe, expect, it } from "vitest";
import { monthsOf, parseReportPeriod, periodBounds, wibMonth } from "./report-period";

describe("report period", () => {
  const now = new Date("2026-03-31T18:00:00Z"); // 1 April 2026, 01:00 WIB

  it("defaults to the last 12 WIB months, this one included", () => {
    expect(wibMonth(now)).toBe("2026-04");
    expect(parseReportPeriod({}, now)).toEqual({ from: "2025-05", to: "2026-04" });
    expect(parseReportPeriod({ from: "2026-13", to: "x" }, now)).toEqual({ from: "2025-05", to: "2026-04" });
  });

  it("puts a reversed range the right way round and caps its length", () => {
    expect(parseReportPeriod({ from: "2026-03", to: "2026-01" }, now)).toEqual({ from: "2026-01", to: "2026-03" });
    expect(parseReportPeriod({ from: "2020-01", to: "2026-12" }, now)).toEqual({ from: "2024-01", to: "2026-12" });
    expect(parseReportPeriod({ to: "2026-02" }, now)).toEqual({ from: "2025-03", to: "2026-02" });
  });

  it("lists the months and turns them into WIB moments", () => {
    expect(monthsOf({ from: "2025-11", to: "2026-02" })).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(periodBounds({ from: "2026-01", to: "2026-02" })).toEqual({ gte: new Date("2025-12-31T17:00:00Z"), lt: new Date("2026-02-28T17:00:00Z") });
  });
});
