import { describe, expect, it } from "vitest";
import { FieldError } from "@/lib/validation/errors";
import { claimAmountProblem, createClaimSchema, updateClaimSchema } from "./schemas";

const CASE = "0b6f3c52-7d7e-4a53-9f0e-8f1a2b3c4d5e";
const messages = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("claim schemas", () => {
  it("reads amounts as cents; an empty recovered amount is zero; parsing twice changes nothing", () => {
    const parsed = createClaimSchema.parse({ caseId: CASE, kind: "UNPAID_WAGES", currency: "MYR", amountClaimed: "4.500,50", amountRecovered: "", note: "" });
    expect(parsed).toEqual({ caseId: CASE, kind: "UNPAID_WAGES", currency: "MYR", amountClaimed: 450050n, amountRecovered: 0n, note: null });
    expect(createClaimSchema.parse(parsed)).toEqual(parsed);
  });

  it("says what is wrong with each amount", () => {
    const r = createClaimSchema.safeParse({ caseId: CASE, kind: "BPJS", currency: "IDR", amountClaimed: "abc", amountRecovered: "-5" });
    expect(messages(r)).toEqual({ amountClaimed: "caseMoney:amountInvalid", amountRecovered: "caseMoney:amountNegative" });
    expect(messages(createClaimSchema.safeParse({ caseId: CASE, kind: "BPJS", currency: "IDR", amountClaimed: "" }))).toEqual({ amountClaimed: "required" });
    expect(messages(createClaimSchema.safeParse({ caseId: CASE, kind: "WAGES", currency: "XYZ", amountClaimed: "1,999" }))).toEqual({
      kind: "invalidChoice",
      currency: "invalidChoice",
      amountClaimed: "caseMoney:amountTooManyDecimals",
    });
    expect(messages(updateClaimSchema.safeParse({ id: CASE, version: "0", amountClaimed: 1500, amountRecovered: "10000000000000" }))).toEqual({
      amountClaimed: "caseMoney:amountInvalid",
      amountRecovered: "caseMoney:amountTooLarge",
    });
  });

  it("refuses nothing claimed, more recovered than claimed, and cents of yen", () => {
    expect(claimAmountProblem({ currency: "IDR", amountClaimed: 0n, amountRecovered: 0n })).toEqual(new FieldError("amountClaimed", "caseMoney:amountNotPositive"));
    expect(claimAmountProblem({ currency: "IDR", amountClaimed: 100n, amountRecovered: 101n })).toEqual(new FieldError("amountRecovered", "caseMoney:recoveredMoreThanClaimed"));
    expect(claimAmountProblem({ currency: "JPY", amountClaimed: 150050n, amountRecovered: 0n })).toEqual(new FieldError("amountClaimed", "caseMoney:amountNoCents"));
    expect(claimAmountProblem({ currency: "IDR", amountClaimed: 100n, amountRecovered: 100n })).toBeNull();
    expect(claimAmountProblem({ currency: "JPY", amountClaimed: 150000n, amountRecovered: 0n })).toBeNull();
  });
});
