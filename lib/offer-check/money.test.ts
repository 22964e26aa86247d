import { describe, expect, it } from "vitest";
import { parseRupiah } from "./money";

describe("parseRupiah", () => {
  it.each([
    ["25.000.000", 25_000_000],
    ["Rp25.000.000", 25_000_000],
    ["Rp 25.000.000", 25_000_000],
    ["Rp. 25.000.000,-", 25_000_000],
    ["25jt", 25_000_000],
    ["25 juta", 25_000_000],
    ["2,5jt", 2_500_000],
    ["2.5 jt", 2_500_000],
    ["500rb", 500_000],
    ["500 ribu", 500_000],
    ["25000000", 25_000_000],
    ["25,000,000", 25_000_000],
    ["1.500.000,50", 1_500_001],
    ["0", 0],
    ["RP 3 JT", 3_000_000],
  ])("%s → %d", (raw, expected) => {
    expect(parseRupiah(raw)).toBe(expected);
  });

  it.each([[""], ["   "], ["banyak"], ["25 dolar"], ["25..000"], ["-5"], ["1.2.3jt"], ["99999999999999"]])("%s is not an amount", (raw) => {
    expect(parseRupiah(raw)).toBeNull();
  });

  it("treats a missing value as no amount", () => {
    expect(parseRupiah(null)).toBeNull();
    expect(parseRupiah(undefined)).toBeNull();
  });
});
