import { describe, expect, it } from "vitest";
import { centsToDecimal, centsToInput, currencyOfCountry, hasCents, decimalToCents, formatMoney, parseAmount, totalsByCurrency } from "./money";

const nbsp = (s: string) => s.replace(/\u00a0/g, " ");

describe("parseAmount (the Indonesian way: dots group thousands, a comma before the cents)", () => {
  it.each([
    ["1500000", 150000000n],
    ["1.500.000", 150000000n],
    ["1.500.000,50", 150000050n],
    ["1.500.000,5", 150000050n],
    ["  750 ", 75000n],
    ["0", 0n],
    ["0,99", 99n],
    ["999.999.999.999,99", 99999999999999n],
  ])("reads %j", (text, cents) => {
    expect(parseAmount(text)).toEqual({ ok: true, cents });
  });

  it.each([
    ["abc", "amountInvalid"],
    ["", "amountInvalid"],
    ["1.5", "amountInvalid"],
    ["1500.50", "amountInvalid"],
    ["1,500,000", "amountInvalid"],
    ["1.500.00", "amountInvalid"],
    ["0.500", "amountInvalid"],
    ["Rp1.500.000", "amountInvalid"],
    ["1e6", "amountInvalid"],
    ["+100", "amountInvalid"],
    ["-100", "amountNegative"],
    ["-1.500.000", "amountNegative"],
    ["1.500.000,505", "amountTooManyDecimals"],
    ["1000000000000", "amountTooLarge"],
    ["9".repeat(60), "amountTooLarge"],
  ])("refuses %j (%s)", (text, problem) => {
    expect(parseAmount(text)).toEqual({ ok: false, problem });
  });
});

describe("cents and decimals", () => {
  it("goes to the Decimal column and back without loss", () => {
    expect(centsToDecimal(150000050n)).toBe("1500000.50");
    expect(centsToDecimal(5n)).toBe("0.05");
    expect(decimalToCents("1500000.5")).toBe(150000050n);
    expect(decimalToCents("1500000")).toBe(150000000n);
    expect(decimalToCents({ toFixed: () => "12.30" })).toBe(1230n);
    expect(() => decimalToCents("1.234")).toThrow();
  });

  it("writes a form value that parses back to the same amount", () => {
    for (const cents of [0n, 5n, 150000000n, 150000050n, 99999999999999n]) {
      expect(parseAmount(centsToInput(cents))).toEqual({ ok: true, cents });
    }
    expect(centsToInput(150000050n)).toBe("1.500.000,50");
  });
});

describe("formatMoney", () => {
  it("shows rupiah the house way, cents only when there are some", () => {
    expect(formatMoney(150000000n, "IDR", "id")).toBe("Rp1.500.000");
    expect(formatMoney("1500000.00", "IDR", "en")).toBe("Rp1.500.000");
    expect(formatMoney(150000050n, "IDR", "id")).toBe("Rp1.500.000,50");
  });

  it("shows other currencies with their code and the locale's grouping", () => {
    expect(nbsp(formatMoney(150000n, "MYR", "id"))).toBe("MYR 1.500,00");
    expect(nbsp(formatMoney(150000n, "MYR", "en"))).toBe("MYR 1,500.00");
    expect(nbsp(formatMoney("2500.5", "HKD", "id"))).toBe("HKD 2.500,50");
    expect(nbsp(formatMoney(150000000n, "JPY", "id"))).toBe("JPY 1.500.000");
    expect(nbsp(formatMoney(99999999999999n, "SAR", "id"))).toBe("SAR 999.999.999.999,99");
  });

  it("knows which currencies have no cents", () => {
    expect(hasCents("JPY")).toBe(false);
    expect(hasCents("KRW")).toBe(false);
    expect(hasCents("IDR")).toBe(true);
    expect(hasCents("KWD")).toBe(true);
    expect(nbsp(formatMoney(150000n, "KWD", "en"))).toBe("KWD 1,500.00");
  });
});

describe("totalsByCurrency", () => {
  it("adds within a currency, never across, rupiah first", () => {
    const totals = totalsByCurrency([
      { currency: "MYR", claimedCents: 100n, recoveredCents: 50n },
      { currency: "IDR", claimedCents: 1000n, recoveredCents: 0n },
      { currency: "MYR", claimedCents: 200n, recoveredCents: 200n },
    ]);
    expect(totals).toEqual([
      { currency: "IDR", claimedCents: 1000n, recoveredCents: 0n, claims: 1 },
      { currency: "MYR", claimedCents: 300n, recoveredCents: 250n, claims: 2 },
    ]);
  });
});

describe("currencyOfCountry", () => {
  it("guesses the wage currency of a destination, nothing for an unknown one", () => {
    expect(currencyOfCountry("MY")).toBe("MYR");
    expect(currencyOfCountry("HK")).toBe("HKD");
    expect(currencyOfCountry("ZZ")).toBeNull();
    expect(currencyOfCountry(null)).toBeNull();
  });
});
