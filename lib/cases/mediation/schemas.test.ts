import { describe, expect, it } from "vitest";
import { CASE_STATUSES } from "@/lib/cases/workflow";
import { mayRecordMediation, partyLines, recordMediationSchema } from "./schemas";

const CASE = "0b6f3c52-7d7e-4a53-9f0e-8f1a2b3c4d5e";
const FORM = {
  caseId: CASE,
  heldOn: "2026-08-05",
  place: "Kantor BP3MI Banten",
  mediatorName: "Dewi Lestari",
  parties: "Siti Aminah (pekerja)\r\n\r\n  PT Sinar Jaya Abadi (P3MI)  \n",
  agreement: "P3MI membayar gaji tiga bulan.",
  outcome: "AGREED",
};
const messages = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("mediation schema", () => {
  it("keeps one party a line, trimmed, without blank lines; parsing twice changes nothing", () => {
    const parsed = recordMediationSchema.parse(FORM);
    expect(parsed.parties).toBe("Siti Aminah (pekerja)\nPT Sinar Jaya Abadi (P3MI)");
    expect(parsed.heldOn.toISOString()).toBe("2026-08-05T00:00:00.000Z");
    expect(recordMediationSchema.parse(parsed)).toEqual(parsed);
    expect(partyLines(parsed.parties)).toEqual(["Siti Aminah (pekerja)", "PT Sinar Jaya Abadi (P3MI)"]);
  });

  it("needs two parties, a date, a place, a mediator, the agreement and an outcome", () => {
    expect(messages(recordMediationSchema.safeParse({ ...FORM, parties: "Siti Aminah\n\n" }))).toEqual({ parties: "caseMoney:partiesTooFew" });
    expect(messages(recordMediationSchema.safeParse({ ...FORM, parties: `Siti\n${"x".repeat(201)}` }))).toEqual({ parties: "caseMoney:partyTooLong" });
    const r = recordMediationSchema.safeParse({ caseId: CASE, heldOn: "", place: " ", mediatorName: "", parties: "", agreement: "", outcome: "MAYBE" });
    expect(messages(r)).toEqual({ heldOn: "required", place: "required", mediatorName: "required", parties: "required", agreement: "required", outcome: "invalidChoice" });
  });
});

describe("mayRecordMediation", () => {
  it("is only while the case is in mediation", () => {
    expect(CASE_STATUSES.filter(mayRecordMediation)).toEqual(["IN_MEDIATION"]);
  });
});
