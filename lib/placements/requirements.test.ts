import { describe, expect, it } from "vitest";
import idCatalog from "@/lib/i18n/messages/id/placements.json";
import {
  ageOn,
  checklistProgress,
  isChecklistComplete,
  REQUIREMENT_CODES,
  REQUIREMENTS,
  sortRequirements,
  suggestAgeRequirement,
  type RequirementStatus,
} from "./requirements";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const all = (status: RequirementStatus) => REQUIREMENT_CODES.map((code) => ({ code, status }));

describe("REQUIREMENTS", () => {
  it("holds the five requirements of Pasal 5 and the eight documents of Pasal 13, in the law's order", () => {
    expect(REQUIREMENTS.filter((r) => r.basis.article === 5).map((r) => r.basis.letter)).toEqual(["a", "b", "c", "d", "e"]);
    expect(REQUIREMENTS.filter((r) => r.basis.article === 13).map((r) => r.basis.letter)).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"]);
    expect(REQUIREMENTS.map((r) => r.code)).toEqual([...REQUIREMENT_CODES]);
    expect(new Set(REQUIREMENT_CODES).size).toBe(13);
  });

  it("every item has a label and a hint in the catalog", () => {
    const catalog = idCatalog as unknown as { requirements: Record<string, { label: string; hint: string }> };
    for (const r of REQUIREMENTS) {
      expect(catalog.requirements[r.code]?.label, r.code).toBeTruthy();
      expect(catalog.requirements[r.code]?.hint, r.code).toBeTruthy();
      expect(r.labelKey).toBe(`requirements.${r.code}.label`);
    }
  });
});

describe("isChecklistComplete", () => {
  it("is complete only when every item is VERIFIED", () => {
    expect(isChecklistComplete(all("VERIFIED"))).toBe(true);
    expect(isChecklistComplete(all("SUBMITTED"))).toBe(false);
    const oneSubmitted = all("VERIFIED").map((i) => (i.code === "P13_WORK_VISA" ? { ...i, status: "SUBMITTED" as const } : i));
    expect(isChecklistComplete(oneSubmitted)).toBe(false);
  });

  it("an empty list or a list with an item missing is not complete", () => {
    expect(isChecklistComplete([])).toBe(false);
    expect(isChecklistComplete(all("VERIFIED").slice(1))).toBe(false);
  });

  it("counts progress", () => {
    const items = all("MISSING").map((i, n) => ({ ...i, status: (n < 3 ? "VERIFIED" : n < 5 ? "SUBMITTED" : "MISSING") as RequirementStatus }));
    expect(checklistProgress(items)).toEqual({ verified: 3, submitted: 2, total: 13 });
  });
});

describe("sortRequirements", () => {
  it("orders rows as the law lists them", () => {
    const rows = [{ code: "P13_PASSPORT" }, { code: "UNKNOWN" }, { code: "P5_AGE" }, { code: "P5_HEALTH" }];
    expect(sortRequirements(rows).map((r) => r.code)).toEqual(["P5_AGE", "P5_HEALTH", "P13_PASSPORT", "UNKNOWN"]);
  });
});

describe("ageOn and suggestAgeRequirement", () => {
  it.each([
    ["2000-05-10", "2018-05-09", 17],
    ["2000-05-10", "2018-05-10", 18],
    ["2000-05-10", "2018-12-31", 18],
    ["2000-02-29", "2018-02-28", 17],
    ["2000-02-29", "2018-03-01", 18],
  ])("born %s, on %s: %i", (birth, day, age) => {
    expect(ageOn(d(birth), d(day))).toBe(age);
  });

  it("counts on the departure date, else the contract start, else today", () => {
    const birth = d("2008-03-01");
    const today = d("2026-01-15");
    expect(suggestAgeRequirement(birth, { departureDate: d("2026-03-01"), contractStart: d("2026-01-01") }, today)).toMatchObject({
      age: 18,
      meetsMinimum: true,
      reference: "departure",
    });
    expect(suggestAgeRequirement(birth, { contractStart: d("2026-02-28") }, today)).toMatchObject({ age: 17, meetsMinimum: false, reference: "contractStart" });
    expect(suggestAgeRequirement(birth, {}, today)).toMatchObject({ age: 17, meetsMinimum: false, reference: "today", referenceDate: today });
  });
});
