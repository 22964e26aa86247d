import { describe, expect, it } from "vitest";
import { checkStep, offeredSteps } from "./workflow";

const facts = { wasVerified: true };

describe("case workflow", () => {
  it("lets BP3MI staff take a case from reported to closed", () => {
    expect(checkStep("verify", "REPORTED", "BP3MI_STAFF", facts)).toEqual({ ok: true, to: "VERIFIED" });
    expect(checkStep("mediate", "VERIFIED", "BP3MI_STAFF", facts)).toEqual({ ok: true, to: "IN_MEDIATION" });
    expect(checkStep("refer", "IN_MEDIATION", "BP3MI_STAFF", facts)).toEqual({ ok: true, to: "REFERRED" });
    expect(checkStep("resolve", "REFERRED", "BP3MI_STAFF", facts)).toEqual({ ok: true, to: "RESOLVED" });
    expect(checkStep("close", "RESOLVED", "BP3MI_STAFF", { ...facts, closeReason: "RESOLVED" })).toEqual({ ok: true, to: "CLOSED" });
  });

  it("refuses steps that do not follow from the status", () => {
    expect(checkStep("mediate", "REPORTED", "BP3MI_STAFF", facts)).toEqual({ ok: false, reason: "stepNotAllowed" });
    expect(checkStep("verify", "VERIFIED", "BP3MI_STAFF", facts)).toEqual({ ok: false, reason: "stepNotAllowed" });
    expect(checkStep("resolve", "REPORTED", "BP3MI_STAFF", facts)).toEqual({ ok: false, reason: "stepNotAllowed" });
    expect(checkStep("close", "CLOSED", "BP3MI_STAFF", { ...facts, closeReason: "HANDED_OVER" })).toEqual({ ok: false, reason: "stepNotAllowed" });
    expect(checkStep("reopen", "VERIFIED", "BP3MI_STAFF", { ...facts, reason: "x" })).toEqual({ ok: false, reason: "stepNotAllowed" });
  });

  it("keeps verifying and closing from organizers and officials", () => {
    for (const role of ["ORGANIZER", "VILLAGE_OFFICIAL", "ADMIN"] as const) {
      expect(checkStep("verify", "REPORTED", role, facts)).toEqual({ ok: false, reason: "forbidden" });
      expect(checkStep("close", "REPORTED", role, { ...facts, closeReason: "HANDED_OVER" })).toEqual({ ok: false, reason: "forbidden" });
      expect(offeredSteps("REPORTED", role)).toEqual([]);
    }
  });

  it("asks for a closing reason that fits the status", () => {
    expect(checkStep("close", "VERIFIED", "BP3MI_STAFF", facts)).toEqual({ ok: false, reason: "reasonRequired" });
    expect(checkStep("close", "VERIFIED", "BP3MI_STAFF", { ...facts, closeReason: "RESOLVED" })).toEqual({ ok: false, reason: "resolveBeforeClosingResolved" });
    expect(checkStep("close", "RESOLVED", "BP3MI_STAFF", { ...facts, closeReason: "HANDED_OVER" })).toEqual({ ok: false, reason: "closeResolvedWithResolved" });
    expect(checkStep("close", "REPORTED", "BP3MI_STAFF", { ...facts, closeReason: "DOCUMENTS_INCOMPLETE" })).toEqual({ ok: true, to: "CLOSED" });
  });

  it("reopens with a reason, to where the case was verified or not", () => {
    expect(checkStep("reopen", "CLOSED", "BP3MI_STAFF", { ...facts, reason: "  " })).toEqual({ ok: false, reason: "reasonRequired" });
    expect(checkStep("reopen", "CLOSED", "BP3MI_STAFF", { wasVerified: true, reason: "Keluarga menghubungi lagi" })).toEqual({ ok: true, to: "VERIFIED" });
    expect(checkStep("reopen", "RESOLVED", "BP3MI_STAFF", { wasVerified: false, reason: "Salah tutup" })).toEqual({ ok: true, to: "REPORTED" });
  });

  it("offers BP3MI staff the steps of each status", () => {
    expect(offeredSteps("REPORTED", "BP3MI_STAFF")).toEqual(["verify", "close"]);
    expect(offeredSteps("VERIFIED", "BP3MI_STAFF")).toEqual(["mediate", "refer", "resolve", "close"]);
    expect(offeredSteps("CLOSED", "BP3MI_STAFF")).toEqual(["reopen"]);
  });
});
