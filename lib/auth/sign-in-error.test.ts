import { describe, expect, it } from "vitest";
import { formatWibClock, lockedUntilClock, parseSignInError } from "./sign-in-error";
import { signInFieldProblems } from "./sign-in-schema";

describe("parseSignInError", () => {
  it("reads the two answers of the Credentials provider", () => {
    expect(parseSignInError("invalid")).toEqual({ kind: "invalid" });
    expect(parseSignInError("CredentialsSignin")).toEqual({ kind: "invalid" });
    expect(parseSignInError("locked:1767225600000")).toEqual({ kind: "locked", until: new Date(1767225600000) });
  });
  it("treats anything else as a plain failure", () => {
    expect(parseSignInError("locked:")).toEqual({ kind: "other" });
    expect(parseSignInError("locked:abc")).toEqual({ kind: "other" });
    expect(parseSignInError("Configuration")).toEqual({ kind: "other" });
  });
});

describe("WIB clock", () => {
  it("shifts UTC by seven hours, across midnight", () => {
    expect(formatWibClock(new Date("2026-12-31T18:30:00Z"))).toBe("01:30");
    expect(formatWibClock(new Date("2026-08-05T02:05:59Z"))).toBe("09:05");
  });
  it("rounds a lockout end up to the next minute", () => {
    expect(lockedUntilClock(new Date("2026-08-05T07:14:01Z"))).toBe("14:15");
    expect(lockedUntilClock(new Date("2026-08-05T07:14:00Z"))).toBe("14:14");
  });
});

describe("sign-in form rules", () => {
  it("needs an e-mail and a password", () => {
    expect(signInFieldProblems({ email: "", password: "" })).toEqual({ email: "required", password: "required" });
  });
  it("checks the e-mail's form", () => {
    expect(signInFieldProblems({ email: "siti", password: "x" })).toEqual({ email: "invalidEmail" });
  });
  it("accepts any non-empty password (the policy applies when it is set, not here)", () => {
    expect(signInFieldProblems({ email: " Siti@Lontar.ID ", password: "x" })).toEqual({});
  });
  it("refuses absurdly long input", () => {
    expect(signInFieldProblems({ email: "siti@lontar.id", password: "x".repeat(201) })).toEqual({ password: "tooLong" });
  });
});
