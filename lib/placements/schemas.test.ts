import { describe, expect, it } from "vitest";
import { changePlacementStatusSchema, createPlacementSchema, recordCheckInSchema } from "./schemas";

const ID = "0b6f3c52-7d7e-4a53-9f0e-8f1a2b3c4d5e";
const FORM = { personId: ID, countryCode: "HK", jobCode: "HOUSEKEEPER", channel: "P3MI" };

describe("placement schemas", () => {
  it("turns empty inputs into null and dates into UTC midnights", () => {
    const parsed = createPlacementSchema.parse({ ...FORM, employer: "", agentPhone: "", contractStart: "2026-07-01", contractEnd: "" });
    expect(parsed).toMatchObject({ employer: null, agentPhone: null, contractEnd: null, departureDate: null });
    expect(parsed.contractStart?.toISOString()).toBe("2026-07-01T00:00:00.000Z");
    // Parsing the parsed value again (the action parses, then the data function) changes nothing.
    expect(createPlacementSchema.parse(parsed)).toEqual(parsed);
  });

  it("refuses an impossible date, a bad phone number, markup and an unknown channel", () => {
    const r = createPlacementSchema.safeParse({ ...FORM, contractStart: "2026-02-30", agentPhone: "call me", employer: "<b>x</b>", channel: "CALO" });
    expect(r.success).toBe(false);
    const messages = Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
    expect(messages).toMatchObject({ contractStart: "invalidDate", agentPhone: "invalidFormat", employer: "noMarkup", channel: "invalidChoice" });
  });

  it("cancelling needs the 'I am sure' box; other changes do not", () => {
    expect(changePlacementStatusSchema.safeParse({ id: ID, version: "0", to: "CANCELLED" }).error?.issues[0]).toMatchObject({ path: ["confirm"], message: "required" });
    expect(changePlacementStatusSchema.parse({ id: ID, version: "2", to: "CANCELLED", confirm: "on" })).toMatchObject({ version: 2, confirm: true, confirmUnverified: false });
    expect(changePlacementStatusSchema.parse({ id: ID, version: "0", to: "DEPARTED", departureDate: "2026-05-01", confirmUnverified: "on" })).toMatchObject({ confirmUnverified: true });
  });

  it("reads the check-in time in WIB and needs a method and a wellbeing", () => {
    const parsed = recordCheckInSchema.parse({ placementId: ID, contactedAt: "2026-05-20T10:30", method: "PHONE", wellbeing: "WELL", note: "" });
    expect(parsed.contactedAt.toISOString()).toBe("2026-05-20T03:30:00.000Z");
    expect(parsed.note).toBeNull();
    const r = recordCheckInSchema.safeParse({ placementId: ID, contactedAt: "", method: "", wellbeing: "" });
    expect((r.error?.issues ?? []).map((i) => i.path.join("."))).toEqual(["contactedAt", "method", "wellbeing"]);
  });
});
