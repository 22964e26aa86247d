import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, formatRupiah } from "./format";

describe("formats", () => {
  it("dates as dd MMM yyyy in both languages", () => {
    expect(formatDate(new Date("2026-08-05T00:00:00Z"), "id")).toBe("05 Agu 2026");
    expect(formatDate(new Date("2026-08-05T00:00:00Z"), "en")).toBe("05 Aug 2026");
    expect(formatDate(null, "id")).toBe("");
  });
  it("moments in WIB, crossing midnight", () => {
    expect(formatDateTime(new Date("2026-12-31T18:30:00Z"), "id")).toBe("01 Jan 2027 01:30 WIB");
  });
  it("rupiah with dots and no space", () => {
    expect(formatRupiah(1500000)).toBe("Rp1.500.000");
    expect(formatRupiah(0)).toBe("Rp0");
    expect(formatRupiah(-25000)).toBe("-Rp25.000");
    expect(formatRupiah(15_000_000_000n)).toBe("Rp15.000.000.000");
  });
  it("numbers", () => {
    expect(formatNumber(1000000, "id")).toBe("1.000.000");
    expect(formatNumber(1000000, "en")).toBe("1,000,000");
  });
});
