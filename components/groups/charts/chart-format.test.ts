import { describe, expect, it } from "vitest";
import { monthLabel, shortRupiah } from "./chart-format";

describe("chart labels", () => {
  it("shortens rupiah the Indonesian and the English way", () => {
    expect(shortRupiah(1_500_000n, "id")).toBe("1,5 jt");
    expect(shortRupiah(1_500_000n, "en")).toBe("1.5M");
    expect(shortRupiah(750_000n, "id")).toBe("750 rb");
    expect(shortRupiah(0n, "id")).toBe("0");
  });

  it("names a month", () => {
    expect(monthLabel("id")("2026-08")).toBe("Agu 2026");
  });
});
