import { describe, expect, it } from "vitest";
import { DEFAULT_CHECKLIST } from "../default-template";
import { decodeConsenter, decodeLicenceResult, encodeConsenter, isVerificationComplete, outstandingChecks, recordedStatus, verificationProgress } from "./rules";

describe("verification rules", () => {
  const checks = [
    { label: "a", mandatory: true, status: "DONE" as const },
    { label: "b", mandatory: true, status: "NOT_APPLICABLE" as const },
    { label: "c", mandatory: true, status: "FAILED" as const },
    { label: "d", mandatory: false, status: "PENDING" as const },
    { label: "e", mandatory: true, status: "PENDING" as const },
  ];

  it("outstanding = mandatory and neither DONE nor NOT_APPLICABLE; no checks is not complete", () => {
    expect(outstandingChecks(checks).map((c) => c.label)).toEqual(["c", "e"]);
    expect(isVerificationComplete(checks)).toBe(false);
    expect(isVerificationComplete(checks.filter((c) => !["c", "e"].includes(c.label)))).toBe(true);
    expect(isVerificationComplete([])).toBe(false);
    expect(verificationProgress(checks)).toEqual({ done: 2, mandatory: 4, total: 5 });
  });

  it("DONE on a recruiter whose licence is not active is recorded FAILED", () => {
    expect(recordedStatus("RECRUITER_CHECK", "DONE", "REVOKED")).toBe("FAILED");
    expect(recordedStatus("RECRUITER_CHECK", "DONE", "SUSPENDED")).toBe("FAILED");
    expect(recordedStatus("RECRUITER_CHECK", "DONE", "ACTIVE")).toBe("DONE");
    expect(recordedStatus("RECRUITER_CHECK", "PENDING", "REVOKED")).toBe("PENDING");
    expect(recordedStatus("IDENTITY", "DONE", null)).toBe("DONE");
  });

  it("keeps the consenter and the licence result readable, and refuses anything else", () => {
    expect(decodeConsenter(encodeConsenter({ name: "Ahmad", relation: "SPOUSE" }))).toEqual({ name: "Ahmad", relation: "SPOUSE" });
    expect(decodeConsenter("ACTIVE")).toBeNull();
    expect(decodeConsenter('{"name":"A","relation":"COUSIN"}')).toBeNull();
    expect(decodeLicenceResult("REVOKED")).toBe("REVOKED");
    expect(decodeLicenceResult('{"name":"A"}')).toBeNull();
  });

  it("the default template has one item of each kind but OTHER, cites Pasal 13 huruf b for family consent", () => {
    expect(new Set(DEFAULT_CHECKLIST.map((d) => d.kind)).size).toBe(6);
    expect(DEFAULT_CHECKLIST.find((d) => d.kind === "FAMILY_CONSENT")?.legalBasis).toContain("Pasal 13 huruf b");
  });
});
