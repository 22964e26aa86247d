import { describe, expect, it } from "vitest";
import { daysBetween, parseDateInput, parseWibDateTime, startOfWibDay, toDateInput, todayWib, toWibDateTimeInput } from "./dates";

describe("placement dates", () => {
  it("parses calendar dates and refuses days that do not exist", () => {
    expect(parseDateInput("2026-08-05")?.toISOString()).toBe("2026-08-05T00:00:00.000Z");
    expect(parseDateInput("2026-02-30")).toBeNull();
    expect(parseDateInput("05/08/2026")).toBeNull();
    expect(parseDateInput("")).toBeNull();
  });

  it("reads a datetime typed in WIB", () => {
    expect(parseWibDateTime("2026-08-05T14:30")?.toISOString()).toBe("2026-08-05T07:30:00.000Z");
    expect(parseWibDateTime("2026-08-05T03:00")?.toISOString()).toBe("2026-08-04T20:00:00.000Z");
    expect(parseWibDateTime("2026-08-05T24:00")).toBeNull();
    expect(toWibDateTimeInput(new Date("2026-08-04T20:00:00Z"))).toBe("2026-08-05T03:00");
  });

  it("today is the WIB calendar day", () => {
    expect(todayWib(new Date("2026-08-04T18:00:00Z")).toISOString()).toBe("2026-08-05T00:00:00.000Z");
    expect(todayWib(new Date("2026-08-04T16:59:00Z")).toISOString()).toBe("2026-08-04T00:00:00.000Z");
    expect(startOfWibDay(new Date("2026-08-05T00:00:00Z")).toISOString()).toBe("2026-08-04T17:00:00.000Z");
  });

  it("formats for inputs and counts days", () => {
    expect(toDateInput(new Date("2026-01-09T00:00:00Z"))).toBe("2026-01-09");
    expect(toDateInput(null)).toBe("");
    expect(daysBetween(new Date("2026-01-01T00:00:00Z"), new Date("2026-03-02T12:00:00Z"))).toBe(60);
    expect(daysBetween(new Date("2026-03-02T00:00:00Z"), new Date("2026-01-01T00:00:00Z"))).toBe(0);
  });
});
