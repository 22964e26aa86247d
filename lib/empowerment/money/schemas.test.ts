import { describe, expect, it } from "vitest";
import { recordLoanSchema, recordRepaymentSchema, recordSalesSchema, rupiah } from "./schemas";

const issue = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, field: string) =>
  r.error?.issues.find((i) => i.path[0] === field)?.message;

describe("rupiah", () => {
  const field = rupiah();
  it("reads whole rupiah typed the Indonesian way", () => {
    expect(field.parse("15.000.000")).toBe(15_000_000n);
    expect(field.parse("2500000")).toBe(2_500_000n);
    expect(field.parse("0")).toBe(0n);
    expect(field.parse(" 1.500 ")).toBe(1_500n);
  });
  it("parses its own output again unchanged", () => {
    expect(field.parse(15_000_000n)).toBe(15_000_000n);
  });
  it("refuses negative amounts, cents and the English way", () => {
    expect(field.safeParse("-500").error?.issues[0]?.message).toBe("groupMoney:amountNegative");
    expect(field.safeParse("−500").error?.issues[0]?.message).toBe("groupMoney:amountNegative");
    expect(field.safeParse(-5n).error?.issues[0]?.message).toBe("groupMoney:amountNegative");
    expect(field.safeParse("1.500.000,50").error?.issues[0]?.message).toBe("groupMoney:rupiahNoCents");
    expect(field.safeParse("1.500.000,5").error?.issues[0]?.message).toBe("groupMoney:rupiahNoCents");
    expect(field.safeParse("1.500.000,123").error?.issues[0]?.message).toBe("groupMoney:rupiahNoCents");
    expect(field.safeParse("1,500,000").error?.issues[0]?.message).toBe("groupMoney:amountInvalid");
    expect(field.safeParse("1.5").error?.issues[0]?.message).toBe("groupMoney:amountInvalid");
    expect(field.safeParse("").error?.issues[0]?.message).toBe("required");
    expect(field.safeParse(undefined).error?.issues[0]?.message).toBe("required");
  });
  it("accepts ,00 (no cents)", () => {
    expect(field.parse("1.500.000,00")).toBe(1_500_000n);
  });
  it("refuses zero where it must be positive", () => {
    expect(rupiah({ positive: true }).safeParse("0").error?.issues[0]?.message).toBe("groupMoney:amountNotPositive");
  });
});

describe("recordLoanSchema", () => {
  const base = { groupId: "4d7c1a1e-8a3b-4c3e-9d7a-1f2e3d4c5b6a", kind: "KUR", lender: "BRI Unit Bojonegara", principalRupiah: "25.000.000", disbursedOn: "2026-03-10", termMonths: "12" };
  it("reads a KUR loan", () => {
    expect(recordLoanSchema.parse(base)).toMatchObject({ kind: "KUR", principalRupiah: 25_000_000n, termMonths: 12, disbursedOn: new Date("2026-03-10T00:00:00Z") });
  });
  it("refuses a term outside 1–360 months, a zero principal and a kind not in the list", () => {
    expect(issue(recordLoanSchema.safeParse({ ...base, termMonths: "0" }), "termMonths")).toBe("groupMoney:termInvalid");
    expect(issue(recordLoanSchema.safeParse({ ...base, termMonths: "361" }), "termMonths")).toBe("groupMoney:termInvalid");
    expect(issue(recordLoanSchema.safeParse({ ...base, termMonths: "1.5" }), "termMonths")).toBe("groupMoney:termInvalid");
    expect(issue(recordLoanSchema.safeParse({ ...base, principalRupiah: "0" }), "principalRupiah")).toBe("groupMoney:amountNotPositive");
    expect(issue(recordLoanSchema.safeParse({ ...base, kind: "GRANT" }), "kind")).toBe("invalidChoice");
    expect(issue(recordLoanSchema.safeParse({ ...base, disbursedOn: "2026-02-30" }), "disbursedOn")).toBe("invalidDate");
  });
});

describe("recordRepaymentSchema", () => {
  it("refuses a repayment of nothing", () => {
    const r = recordRepaymentSchema.safeParse({ loanId: "4d7c1a1e-8a3b-4c3e-9d7a-1f2e3d4c5b6a", paidOn: "2026-04-10", amountRupiah: "0" });
    expect(issue(r, "amountRupiah")).toBe("groupMoney:amountNotPositive");
  });
});

describe("recordSalesSchema", () => {
  const base = { groupId: "4d7c1a1e-8a3b-4c3e-9d7a-1f2e3d4c5b6a", month: "2026-11", product: "Rumput laut kering", quantity: "120,5", unit: "kg", revenueRupiah: "1.205.000", soldIn: "Serang" };
  it("reads a month's sales, the quantity as a Decimal's text", () => {
    const out = recordSalesSchema.parse(base);
    expect(out).toMatchObject({ month: "2026-11", quantity: "120.50", unit: "kg", revenueRupiah: 1_205_000n, soldIn: "Serang" });
    expect(recordSalesSchema.parse(out).quantity).toBe("120.50");
    expect(recordSalesSchema.parse({ ...base, quantity: "1.250" }).quantity).toBe("1250.00");
    expect(recordSalesSchema.parse({ ...base, quantity: "0", soldIn: "" })).toMatchObject({ quantity: "0.00", soldIn: null });
  });
  it("refuses a malformed month, a negative quantity or revenue", () => {
    expect(issue(recordSalesSchema.safeParse({ ...base, month: "2026-13" }), "month")).toBe("groupMoney:monthInvalid");
    expect(issue(recordSalesSchema.safeParse({ ...base, month: "11/2026" }), "month")).toBe("groupMoney:monthInvalid");
    expect(issue(recordSalesSchema.safeParse({ ...base, quantity: "-3" }), "quantity")).toBe("groupMoney:quantityNegative");
    expect(issue(recordSalesSchema.safeParse({ ...base, quantity: "1,234" }), "quantity")).toBe("groupMoney:quantityInvalid");
    expect(issue(recordSalesSchema.safeParse({ ...base, revenueRupiah: "-1.000" }), "revenueRupiah")).toBe("groupMoney:amountNegative");
  });
});
