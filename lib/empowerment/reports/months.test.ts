import { describe, expect, it } from "vitest";
import { lastMonths, monthEndDay, monthOf } from "./months";

describe("report months", () => {
  it("names a calendar month", () => {
    expect(monthOf(new Date(Date.UTC(2026, 0, 31)))).toBe("2026-01");
  });

  it("lists the last twelve WIB months, oldest first, crossing a year", () => {
    const months = lastMonths(new Date("2026-11-30T18:00:00Z")); // 1 Dec 2026, 01:00 WIB
    expect(months).toHaveLength(12);
    expect(months[0]).toBe("2026-01");
    expect(months[11]).toBe("2026-12");
    expect(lastMonths(new Date("2026-03-10T05:00:00Z"), 3)).toEqual(["2026-01", "2026-02", "2026-03"]);
  });

  it("measures a past month on its last day and the running month today", () => {
    const now = new Date("2026-12-01T05:00:00Z");
    expect(monthEndDay("2026-02", now)).toEqual(new Date(Date.UTC(2026, 1, 28)));
    expect(monthEndDay("2026-12", now)).toEqual(new Date(Date.UTC(2026, 11, 1)));
  });
});
