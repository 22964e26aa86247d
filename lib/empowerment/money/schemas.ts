import { z } from "zod";
import { parseAmount } from "@/lib/cases/claims/money";
import { id, requiredDate } from "@/lib/cases/form-fields";
import { oneOf, optionalText, text } from "@/lib/validation/fields";

// What the aid, loan, repayment and sales forms send. Rupiah are typed the Indonesian way
// ("15.000.000") and come out as whole rupiah (bigint); a bigint parses again unchanged (the
// action parses, then the data function). Messages "groupMoney:key" → groupMoney.errors.key.

const PROBLEM_KEY = {
  amountInvalid: "groupMoney:amountInvalid",
  amountNegative: "groupMoney:amountNegative",
  amountTooManyDecimals: "groupMoney:rupiahNoCents",
  amountTooLarge: "groupMoney:amountTooLarge",
} as const;

/** Whole rupiah ≥ 0 (or > 0 with `positive`): "15.000.000" → 15000000n; cents are refused. */
export function rupiah(opts: { positive?: boolean } = {}) {
  return z.preprocess((v) => v ?? "", z.unknown()).transform((v, ctx): bigint => {
    let value: bigint;
    if (typeof v === "bigint") value = v;
    else {
      const s = typeof v === "string" ? v.trim() : null;
      if (s === "") {
        ctx.addIssue({ code: "custom", message: "required" });
        return z.NEVER;
      }
      const parsed = s === null ? ({ ok: false, problem: "amountInvalid" } as const) : parseAmount(s);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: PROBLEM_KEY[parsed.problem] });
        return z.NEVER;
      }
      if (parsed.cents % 100n !== 0n) {
        ctx.addIssue({ code: "custom", message: "groupMoney:rupiahNoCents" });
        return z.NEVER;
      }
      value = parsed.cents / 100n;
    }
    if (value < 0n) ctx.addIssue({ code: "custom", message: "groupMoney:amountNegative" });
    else if (opts.positive && value === 0n) ctx.addIssue({ code: "custom", message: "groupMoney:amountNotPositive" });
    return value;
  });
}

/** A quantity with at most two decimals, typed "120,5" or "1.250": kept as the text of a Decimal ("120.50"). */
export const quantity = z.preprocess((v) => v ?? "", z.unknown()).transform((v, ctx): string => {
  const s = typeof v === "string" ? v.trim() : "";
  if (s === "") {
    ctx.addIssue({ code: "custom", message: "required" });
    return z.NEVER;
  }
  if (/^\d+\.\d{2}$/.test(s)) return s; // already a Decimal's text (parsed again)
  const parsed = parseAmount(s);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: parsed.problem === "amountNegative" ? "groupMoney:quantityNegative" : "groupMoney:quantityInvalid" });
    return z.NEVER;
  }
  return `${parsed.cents / 100n}.${String(parsed.cents % 100n).padStart(2, "0")}`;
});

/** "2026-11": a sales month. */
export const month = z
  .string("required")
  .trim()
  .min(1, "required")
  .regex(/^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/, "groupMoney:monthInvalid");

export const LOAN_KINDS = ["KUR", "OTHER"] as const;

export const SALES_UNITS = ["kg", "ton", "bungkus", "pak", "botol", "ekor", "buah", "liter", "ikat"] as const;

export const recordAidSchema = z.object({
  groupId: id,
  item: text(200),
  valueRupiah: rupiah(),
  giver: text(200),
  givenOn: requiredDate(),
});
export type RecordAidInput = z.output<typeof recordAidSchema>;

export const recordLoanSchema = z.object({
  groupId: id,
  kind: oneOf(LOAN_KINDS),
  lender: text(200),
  principalRupiah: rupiah({ positive: true }),
  disbursedOn: requiredDate(),
  termMonths: z.coerce.number("invalidNumber").int("groupMoney:termInvalid").min(1, "groupMoney:termInvalid").max(360, "groupMoney:termInvalid"),
});
export type RecordLoanInput = z.output<typeof recordLoanSchema>;

export const recordRepaymentSchema = z.object({
  loanId: id,
  paidOn: requiredDate(),
  amountRupiah: rupiah({ positive: true }),
});
export type RecordRepaymentInput = z.output<typeof recordRepaymentSchema>;

const salesFields = {
  month,
  product: text(200),
  quantity,
  unit: text(30),
  revenueRupiah: rupiah(),
  soldIn: optionalText(200),
};

export const recordSalesSchema = z.object({ groupId: id, ...salesFields });
export type RecordSalesInput = z.output<typeof recordSalesSchema>;

export const updateSalesSchema = z.object({ id, ...salesFields });
export type UpdateSalesInput = z.output<typeof updateSalesSchema>;

export const deleteSalesSchema = z.object({ id });
