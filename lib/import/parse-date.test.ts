import { describe, expect, it } from "vitest";
import { calendarDate, fromExcelSerial, isoDay, parseDateCell, parseDateText } from "./parse-date";

const day = (d: Date | null) => (d ? isoDay(d) : null);

describe("parseDateText", () => {
  it.each([
    ["05/06/1990", "1990-06-05"],
    ["5/6/1990", "1990-06-05"],
    ["05-06-1990", "1990-06-05"],
    ["05.06.1990", "1990-06-05"],
    ["1990-06-05", "1990-06-05"],
    ["1990/06/05", "1990-06-05"],
    ["1990-06-05 00:00:00", "1990-06-05"],
    ["1990-06-05T00:00:00.000Z", "1990-06-05"],
    ["5 Juni 1990", "1990-06-05"],
    ["05 Agu 2001", "2001-08-05"],
    ["17-Aug-1945", "1945-08-17"],
    ["1 Pebruari 2000", "2000-02-01"],
    ["29/02/2000", "2000-02-29"],
  ])("reads %s as %s", (text, expected) => {
    expect(day(parseDateText(text))).toBe(expected);
  });

  it.each(["31/02/1990", "29/02/1900", "05/13/1990", "00/01/1990", "05/06/90", "1990", "kemarin", "", "5 Juno 1990", "12/31/1990"])("refuses %j", (text) => {
    expect(parseDateText(text)).toBeNull();
  });
});

describe("Excel serial dates", () => {
  it("counts from 1900-01-01 = 1 and skips the fictitious 29 February 1900", () => {
    expect(day(fromExcelSerial(1))).toBe("1900-01-01");
    expect(day(fromExcelSerial(59))).toBe("1900-02-28");
    expect(fromExcelSerial(60)).toBeNull();
    expect(day(fromExcelSerial(61))).toBe("1900-03-01");
    expect(day(fromExcelSerial(33029))).toBe("1990-06-05");
    expect(day(fromExcelSerial(45658))).toBe("2025-01-01");
    expect(day(fromExcelSerial(45658.75))).toBe("2025-01-01"); // a time of day is dropped
  });

  it("refuses numbers that are not serial dates", () => {
    expect(fromExcelSerial(0)).toBeNull();
    expect(fromExcelSerial(-5)).toBeNull();
    expect(fromExcelSerial(3_000_000)).toBeNull();
    expect(fromExcelSerial(Number.NaN)).toBeNull();
  });
});

describe("parseDateCell", () => {
  it("takes exceljs Date cells by their UTC calendar day, rounding float noise", () => {
    expect(day(parseDateCell(new Date(Date.UTC(1990, 5, 5))))).toBe("1990-06-05");
    expect(day(parseDateCell(new Date(Date.UTC(1990, 5, 4, 23, 59, 59, 999))))).toBe("1990-06-05");
    expect(parseDateCell(new Date(Number.NaN))).toBeNull();
  });

  it("reads numbers as Excel serials and text as text", () => {
    expect(day(parseDateCell(33029))).toBe("1990-06-05");
    expect(day(parseDateCell("05/06/1990"))).toBe("1990-06-05");
    expect(parseDateCell(null)).toBeNull();
    expect(parseDateCell(true)).toBeNull();
  });

  it("builds only real calendar dates", () => {
    expect(calendarDate(2024, 2, 29)).not.toBeNull();
    expect(calendarDate(2023, 2, 29)).toBeNull();
    expect(calendarDate(99, 1, 1)).toBeNull();
  });
});
