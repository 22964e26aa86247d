import { describe, expect, it } from "vitest";
import { checkPassword } from "@/lib/auth/password-policy";
import { generateOneTimePassword } from "./one-time-password";

describe("generateOneTimePassword", () => {
  it("gives four groups of four unambiguous characters", () => {
    const pw = generateOneTimePassword();
    expect(pw).toMatch(/^[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){3}$/);
  });

  it("passes the password policy, also against the user's own name", () => {
    for (let i = 0; i < 20; i++) {
      const pw = generateOneTimePassword(["Siti Aminah", "siti@lontar.id"]);
      expect(checkPassword(pw, ["Siti Aminah", "siti@lontar.id"])).toBeNull();
    }
  });

  it("is different every time", () => {
    const seen = new Set(Array.from({ length: 50 }, () => generateOneTimePassword()));
    expect(seen.size).toBe(50);
  });
});
