import { describe, expect, it } from "vitest";
import { CASE_CATEGORIES } from "@/lib/cases/categories";
import { agencyNeedsCountry, agencyNeedsName, expectedAgencies, isReferralOverdue, missingExpectedAgencies, REFERRAL_AGENCIES } from "./agencies";

const day = (s: string) => new Date(`${s}T00:00:00Z`);

describe("referral agencies", () => {
  it("asks a country for KBRI/KJRI only and a name for an NGO only", () => {
    expect(REFERRAL_AGENCIES.filter(agencyNeedsCountry)).toEqual(["KBRI_KJRI"]);
    expect(REFERRAL_AGENCIES.filter(agencyNeedsName)).toEqual(["NGO"]);
  });

  it("expects the police for trafficking and for no other category", () => {
    expect(expectedAgencies("TRAFFICKING")).toEqual(["POLICE"]);
    for (const c of CASE_CATEGORIES.filter((c) => c !== "TRAFFICKING")) expect(expectedAgencies(c), c).toEqual([]);
    expect(missingExpectedAgencies("TRAFFICKING", ["KBRI_KJRI"])).toEqual(["POLICE"]);
    expect(missingExpectedAgencies("TRAFFICKING", ["KBRI_KJRI", "POLICE"])).toEqual([]);
    expect(missingExpectedAgencies("UNPAID_WAGES", [])).toEqual([]);
  });

  it("is overdue only when the due date has passed without an acknowledgement", () => {
    const today = day("2026-08-10");
    expect(isReferralOverdue({ dueOn: day("2026-08-09"), acknowledgedOn: null }, today)).toBe(true);
    expect(isReferralOverdue({ dueOn: day("2026-08-10"), acknowledgedOn: null }, today)).toBe(false);
    expect(isReferralOverdue({ dueOn: day("2026-08-09"), acknowledgedOn: day("2026-08-09") }, today)).toBe(false);
    expect(isReferralOverdue({ dueOn: null, acknowledgedOn: null }, today)).toBe(false);
  });
});
