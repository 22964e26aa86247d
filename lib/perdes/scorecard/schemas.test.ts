import { describe, expect, it } from "vitest";
import { thresholdsSchema } from "./schemas";

const ok = { minVerifiedSharePct: "90", maxNonProcedural: "0", minCasesOnTimeSharePct: " 80 ", minSessionsPerQuarter: "1" };

describe("thresholdsSchema", () => {
  it("reads whole numbers", () => {
    expect(thresholdsSchema.parse(ok)).toEqual({ minVerifiedSharePct: 90, maxNonProcedural: 0, minCasesOnTimeSharePct: 80, minSessionsPerQuarter: 1 });
  });

  it("refuses percents outside 0–100, fractions, negatives and blanks", () => {
    const issue = (patch: Record<string, string>) => thresholdsSchema.safeParse({ ...ok, ...patch }).error?.issues[0];
    expect(issue({ minVerifiedSharePct: "101" })).toMatchObject({ path: ["minVerifiedSharePct"], message: "scorecard:percent" });
    expect(issue({ minCasesOnTimeSharePct: "-1" })).toMatchObject({ path: ["minCasesOnTimeSharePct"], message: "scorecard:percent" });
    expect(issue({ minVerifiedSharePct: "89.5" })).toMatchObject({ message: "scorecard:percent" });
    expect(issue({ maxNonProcedural: "1000" })).toMatchObject({ message: "scorecard:nonProcedural" });
    expect(issue({ minSessionsPerQuarter: "31" })).toMatchObject({ message: "scorecard:sessions" });
    expect(issue({ minSessionsPerQuarter: "" })).toMatchObject({ message: "required" });
  });
});
