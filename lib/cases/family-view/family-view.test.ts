import { describe, expect, it } from "vitest";
import { FAMILY_ACCESS_MS, issueAccessToken, readAccessToken } from "./access-token";
import { minutesToWait } from "./pin-tries";

const SECRET = "a-test-secret-that-is-long-enough-000000";
const CASE = "6f1c2b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f";
const NOW = Date.parse("2026-12-02T03:00:00Z");

describe("family access token", () => {
  it("names its case until it expires 15 minutes later", () => {
    const token = issueAccessToken(SECRET, CASE, NOW);
    expect(readAccessToken(SECRET, token, NOW + 1000)).toBe(CASE);
    expect(readAccessToken(SECRET, token, NOW + FAMILY_ACCESS_MS - 1)).toBe(CASE);
    expect(readAccessToken(SECRET, token, NOW + FAMILY_ACCESS_MS)).toBeNull();
  });

  it("refuses a forged, extended, re-pointed or malformed token", () => {
    const token = issueAccessToken(SECRET, CASE, NOW);
    const [, expires, sig] = token.split(".");
    expect(readAccessToken("another-secret-that-is-long-enough-0000", token, NOW)).toBeNull();
    expect(readAccessToken(SECRET, `${CASE}.${Number(expires) + 3_600_000}.${sig}`, NOW)).toBeNull();
    expect(readAccessToken(SECRET, `00000000-0000-4000-8000-000000000000.${expires}.${sig}`, NOW)).toBeNull();
    for (const bad of [undefined, null, "", "x", `${CASE}.${expires}`, `${token}.more`, `not-a-uuid.${expires}.${sig}`]) {
      expect(readAccessToken(SECRET, bad, NOW)).toBeNull();
    }
  });
});

describe("minutesToWait", () => {
  it("rounds up to whole minutes, at least one", () => {
    expect(minutesToWait(0)).toBe(1);
    expect(minutesToWait(1)).toBe(1);
    expect(minutesToWait(60_000)).toBe(1);
    expect(minutesToWait(60_001)).toBe(2);
    expect(minutesToWait(15 * 60_000)).toBe(15);
  });
});
