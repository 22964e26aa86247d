import { describe, expect, it } from "vitest";
import { decodeTimeCursor, encodeTimeCursor, wibDay, wibDayRange, wibDayStart } from "./history-query";

describe("WIB calendar days", () => {
  it("a WIB day starts at 17:00 UTC the day before", () => {
    expect(wibDayStart("2026-08-05")?.toISOString()).toBe("2026-08-04T17:00:00.000Z");
  });

  it("refuses what is not a real date", () => {
    expect(wibDayStart("2026-02-30")).toBeNull();
    expect(wibDayStart("05/08/2026")).toBeNull();
    expect(wibDayStart("")).toBeNull();
    expect(wibDayStart(undefined)).toBeNull();
  });

  it("a range includes both days", () => {
    const r = wibDayRange("2026-08-05", "2026-08-05");
    expect(r?.gte?.toISOString()).toBe("2026-08-04T17:00:00.000Z");
    expect(r?.lt?.toISOString()).toBe("2026-08-05T17:00:00.000Z");
    // 23:59 WIB on the 5th is inside, 00:00 WIB on the 6th is not.
    const late = new Date("2026-08-05T16:59:00Z");
    expect(late >= r!.gte! && late < r!.lt!).toBe(true);
    expect(new Date("2026-08-05T17:00:00Z") < r!.lt!).toBe(false);
  });

  it("an open range has one bound, no range has none", () => {
    expect(wibDayRange("2026-08-05", "")).toEqual({ gte: new Date("2026-08-04T17:00:00Z") });
    expect(wibDayRange(undefined, "bad")).toBeUndefined();
  });

  it("names the WIB day of a moment", () => {
    expect(wibDay(new Date("2026-12-31T18:30:00Z"))).toBe("2027-01-01");
  });
});

describe("time cursor", () => {
  it("round-trips", () => {
    const c = { at: new Date("2026-08-05T01:02:03.456Z"), id: 9007199254740993n };
    expect(decodeTimeCursor(encodeTimeCursor(c))).toEqual(c);
  });

  it("ignores a malformed cursor", () => {
    expect(decodeTimeCursor("abc")).toBeNull();
    expect(decodeTimeCursor("1_2_3")).toBeNull();
    expect(decodeTimeCursor(undefined)).toBeNull();
  });
});
