import { describe, expect, it } from "vitest";
import { monthLabel, monthOf, quantityText } from "./format";

describe("sales formats", () => {
  it("names a month", () => {
    expect(monthOf(new Date("2026-11-30T00:00:00Z"))).toBe("2026-11");
    expect(monthOf(new Date("2027-01-01T00:00:00Z"))).toBe("2027-01");
    expect(monthLabel("2026-08", "id")).toBe("Agu 2026");
    expect(monthLabel("2026-08", "en")).toBe("Aug 2026");
  });
  it("writes a quantity the Indonesian way", () => {
    expect(quantityText("120.50")).toBe("120,5");
    expect(quantityText("120.25")).toBe("120,25");
    expect(quantityText("1250.00")).toBe("1.250");
    expect(quantityText("0.00")).toBe("0");
    expect(quantityText("0.05")).toBe("0,05");
  });
});
