import { describe, expect, it } from "vitest";
import { buildTimeline } from "./timeline";

const d = (s: string) => new Date(s);

describe("buildTimeline", () => {
  it("merges placements, check-ins and consents, newest first", () => {
    const events = buildTimeline({
      placements: [{ id: "p1", countryCode: "HK", createdAt: d("2024-01-10T02:00:00Z"), departureDate: d("2024-03-01T00:00:00Z"), returnDate: d("2026-03-01T00:00:00Z") }],
      checkIns: [{ id: "c1", placementId: "p1", contactedAt: d("2025-06-01T05:00:00Z"), method: "WHATSAPP", wellbeing: "WELL" }],
      consents: [{ id: "k1", givenOn: d("2024-01-09T00:00:00Z"), withdrawnOn: d("2026-04-01T00:00:00Z"), scopes: ["REGISTRY"] }],
    });
    expect(events.map((e) => e.kind)).toEqual(["consentWithdrawn", "returned", "checkIn", "departed", "placementCreated", "consentGiven"]);
  });

  it("puts the later step first when two happen at the same moment", () => {
    const at = d("2025-01-01T00:00:00Z");
    const events = buildTimeline({ placements: [{ id: "p1", countryCode: "TW", createdAt: at, departureDate: at, returnDate: null }], checkIns: [], consents: [] });
    expect(events.map((e) => e.kind)).toEqual(["departed", "placementCreated"]);
  });

  it("is empty without records", () => {
    expect(buildTimeline({ placements: [], checkIns: [], consents: [] })).toEqual([]);
  });
});
