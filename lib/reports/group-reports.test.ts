import { describe, expect, it } from "vitest";
import { groupReports, normaliseName, similarNames } from "./group-reports";

const LONTAR = "36.04.13.2007";
const SUSUKAN = "36.04.13.2008";

describe("groupReports", () => {
  it("groups the same phone across villages", () => {
    const groups = groupReports([
      { id: "a", villageCode: LONTAR, phone: "6281200007788", agentName: null },
      { id: "b", villageCode: SUSUKAN, phone: "6281200007788", agentName: null },
      { id: "c", villageCode: SUSUKAN, phone: "6281300004455", agentName: null },
    ]);
    expect(groups).toEqual([{ key: "phone:6281200007788", by: "phone", label: "6281200007788", reportIds: ["a", "b"], villageCodes: [LONTAR, SUSUKAN] }]);
  });

  it("groups similar agent names: honorifics, nicknames and spelling variants", () => {
    const groups = groupReports([
      { id: "a", villageCode: LONTAR, phone: null, agentName: "Bang Rudi" },
      { id: "b", villageCode: SUSUKAN, phone: null, agentName: "Rudi Hartono" },
      { id: "c", villageCode: SUSUKAN, phone: null, agentName: "Rudy Hartono" },
      { id: "d", villageCode: LONTAR, phone: null, agentName: "Ibu Yati" },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ by: "name", reportIds: ["a", "b", "c"], villageCodes: [LONTAR, SUSUKAN] });
  });

  it("leaves single reports and different names alone", () => {
    expect(groupReports([
      { id: "a", villageCode: LONTAR, phone: "6281200000001", agentName: "Yati" },
      { id: "b", villageCode: LONTAR, phone: "6281200000002", agentName: "Rudi" },
    ])).toEqual([]);
  });

  it("normalises names", () => {
    expect(normaliseName("Bang Rudi (Rudi Hartono)")).toBe("rudi");
    expect(normaliseName("H. Sapri, S.E.")).toBe("sapri s e");
    expect(similarNames("rudi", "rudi hartono")).toBe(true);
    expect(similarNames("yati", "yanti")).toBe(false);
    expect(similarNames("rudi hartono", "rudy hartono")).toBe(true);
  });
});
