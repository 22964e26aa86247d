import { describe, expect, it } from "vitest";
import { checkFormToken, issueFormToken, MAX_MS, MIN_MS } from "./form-token";

const SECRET = "a-test-secret-that-is-long-enough-123";

describe("report form token", () => {
  const t0 = 1_790_000_000_000;
  it("accepts a submit after the minimum time", () => {
    expect(checkFormToken(SECRET, issueFormToken(SECRET, t0), t0 + MIN_MS)).toBe("ok");
  });
  it("refuses a submit that comes too fast", () => {
    expect(checkFormToken(SECRET, issueFormToken(SECRET, t0), t0 + 500)).toBe("tooFast");
  });
  it("refuses a stale page", () => {
    expect(checkFormToken(SECRET, issueFormToken(SECRET, t0), t0 + MAX_MS + 1)).toBe("expired");
  });
  it("refuses a forged or missing token", () => {
    const [, sig] = issueFormToken(SECRET, t0).split(".");
    expect(checkFormToken(SECRET, `${t0 - 60_000}.${sig}`, t0 + MIN_MS)).toBe("invalid");
    expect(checkFormToken("another-secret-another-secret-xx", issueFormToken(SECRET, t0), t0 + MIN_MS)).toBe("invalid");
    expect(checkFormToken(SECRET, "", t0)).toBe("invalid");
    expect(checkFormToken(SECRET, null, t0)).toBe("invalid");
  });
});
