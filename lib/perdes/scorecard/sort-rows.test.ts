import { describe, expect, it } from "vitest";
import { parseScorecardSort, sortScorecardRows } from "./sort-rows";
import { DEFAULT_THRESHOLDS, scoreVillage } from "./status";

const row = (villageName: string, departures: number, verified: number, sessions: number[]) => ({
  villageName,
  villageCode: villageName,
  score: scoreVillage({ departures, verified, nonProcedural: 0, casesClosed: 0, casesOnTime: 0, sessions: sessions.map((count, i) => ({ quarter: `2026-Q${i + 1}`, count })) }, DEFAULT_THRESHOLDS),
});

const rows = [row("Sukasari", 2, 1, [1, 0]), row("Alam Jaya", 0, 0, [2, 2]), row("Sukarasa", 4, 3, [1, 2]), row("Lontar", 10, 10, [3, 1])];
const names = (r: { villageName: string }[]) => r.map((x) => x.villageName);

describe("sortScorecardRows", () => {
  it("sorts by name by default, either way", () => {
    expect(names(sortScorecardRows(rows, "name", "asc"))).toEqual(["Alam Jaya", "Lontar", "Sukarasa", "Sukasari"]);
    expect(names(sortScorecardRows(rows, "name", "desc"))).toEqual(["Sukasari", "Sukarasa", "Lontar", "Alam Jaya"]);
  });

  it("puts a share shown as — last in both directions", () => {
    expect(names(sortScorecardRows(rows, "verifiedShare", "asc"))).toEqual(["Sukasari", "Sukarasa", "Lontar", "Alam Jaya"]);
    expect(names(sortScorecardRows(rows, "verifiedShare", "desc"))).toEqual(["Lontar", "Sukarasa", "Sukasari", "Alam Jaya"]);
  });

  it("sorts sessions by the weakest quarter, status met first when descending", () => {
    expect(names(sortScorecardRows(rows, "sessions", "asc"))).toEqual(["Sukasari", "Lontar", "Sukarasa", "Alam Jaya"]);
    expect(names(sortScorecardRows(rows, "status", "desc"))).toEqual(["Alam Jaya", "Lontar", "Sukarasa", "Sukasari"]);
  });

  it("reads sort and direction from the query", () => {
    expect(parseScorecardSort({ sort: "departures", dir: "desc" })).toEqual({ sort: "departures", dir: "desc" });
    expect(parseScorecardSort({ sort: "toString" })).toEqual({ sort: "name", dir: "asc" });
  });
});
