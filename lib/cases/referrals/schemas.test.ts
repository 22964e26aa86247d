import { describe, expect, it } from "vitest";
import { FieldError } from "@/lib/validation/errors";
import { createReferralSchema, referralDateProblem, updateReferralSchema } from "./schemas";

const CASE = "0b6f3c52-7d7e-4a53-9f0e-8f1a2b3c4d5e";
const day = (s: string) => new Date(`${s}T00:00:00Z`);
const messages = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("referral schemas", () => {
  it("reads the form: dates as UTC midnights, blanks as null, the version as a number", () => {
    const parsed = createReferralSchema.parse({ caseId: CASE, version: "3", agency: "KBRI_KJRI", countryCode: "MY", agencyName: "", sentOn: "2026-08-05", acknowledgedOn: "", dueOn: "2026-08-19", outcome: "" });
    expect(parsed).toMatchObject({ version: 3, countryCode: "MY", agencyName: null, acknowledgedOn: null, outcome: null });
    expect(parsed.sentOn.toISOString()).toBe("2026-08-05T00:00:00.000Z");
    expect(parsed.dueOn?.toISOString()).toBe("2026-08-19T00:00:00.000Z");
    // The action parses, then the data function parses the parsed value again.
    expect(createReferralSchema.parse(parsed)).toEqual(parsed);
  });

  it("needs the country for KBRI/KJRI and the name for an NGO, and drops a country elsewhere", () => {
    const base = { caseId: CASE, version: "0", sentOn: "2026-08-05" };
    expect(messages(createReferralSchema.safeParse({ ...base, agency: "KBRI_KJRI", countryCode: "" }))).toEqual({ countryCode: "caseMoney:countryRequired" });
    expect(messages(createReferralSchema.safeParse({ ...base, agency: "NGO", agencyName: " " }))).toEqual({ agencyName: "caseMoney:agencyNameRequired" });
    expect(createReferralSchema.parse({ ...base, agency: "POLICE", countryCode: "MY" }).countryCode).toBeNull();
  });

  it("refuses a missing or impossible sent date, an unknown agency and markup", () => {
    const r = createReferralSchema.safeParse({ caseId: CASE, version: "0", agency: "FBI", sentOn: "2026-02-30", outcome: "<script>" });
    expect(messages(r)).toMatchObject({ agency: "invalidChoice", sentOn: "invalidDate", outcome: "noMarkup" });
    expect(messages(createReferralSchema.safeParse({ caseId: CASE, version: "0", agency: "KEMLU", sentOn: "" }))).toMatchObject({ sentOn: "required" });
    expect(updateReferralSchema.parse({ id: CASE, version: "1", acknowledgedOn: "2026-08-06", dueOn: "", outcome: "Diterima" })).toMatchObject({ version: 1, dueOn: null, outcome: "Diterima" });
  });

  it("orders the dates: sent not after today, acknowledged and due not before sent", () => {
    const today = day("2026-08-10");
    const ok = { sentOn: day("2026-08-05"), acknowledgedOn: day("2026-08-05"), dueOn: day("2026-08-05") };
    expect(referralDateProblem(ok, today)).toBeNull();
    expect(referralDateProblem({ ...ok, sentOn: day("2026-08-11"), acknowledgedOn: null, dueOn: null }, today)).toEqual(new FieldError("sentOn", "caseMoney:sentInFuture"));
    expect(referralDateProblem({ ...ok, acknowledgedOn: day("2026-08-04") }, today)).toEqual(new FieldError("acknowledgedOn", "caseMoney:acknowledgedBeforeSent"));
    expect(referralDateProblem({ ...ok, acknowledgedOn: day("2026-08-11") }, today)).toEqual(new FieldError("acknowledgedOn", "caseMoney:acknowledgedInFuture"));
    expect(referralDateProblem({ ...ok, dueOn: day("2026-08-04") }, today)).toEqual(new FieldError("dueOn", "caseMoney:dueBeforeSent"));
    // A due date after today is what due dates usually are.
    expect(referralDateProblem({ ...ok, dueOn: day("2026-09-30") }, today)).toBeNull();
  });
});
