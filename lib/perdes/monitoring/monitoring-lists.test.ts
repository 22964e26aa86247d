import { describe, expect, it } from "vitest";
import { decodeMonitoringCursor, encodeMonitoringCursor, parseMonitoringList } from "./monitoring-lists";

describe("monitoring lists", () => {
  it("reads the list name, departures when unknown", () => {
    expect(parseMonitoringList("returnsDue")).toBe("returnsDue");
    expect(parseMonitoringList(["abroad", "returns"])).toBe("abroad");
    expect(parseMonitoringList("constructor")).toBe("departures");
    expect(parseMonitoringList(undefined)).toBe("departures");
  });

  it("round-trips the cursor and ignores a damaged one", () => {
    const c = { day: "2026-01-09", id: "0b6c3a52-6f0e-4a53-9f53-2d1a3c9a7e11" };
    expect(decodeMonitoringCursor(encodeMonitoringCursor(c))).toEqual(c);
    expect(decodeMonitoringCursor("nonsense")).toBeNull();
    expect(decodeMonitoringCursor(Buffer.from(JSON.stringify(["2026-1-9", c.id])).toString("base64url"))).toBeNull();
    expect(decodeMonitoringCursor(Buffer.from(JSON.stringify([c.day, "x'; DROP"])).toString("base64url"))).toBeNull();
  });
});
