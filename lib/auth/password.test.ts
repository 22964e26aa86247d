import { describe, expect, it } from "vitest";
import { checkPassword } from "./password-policy";
import { hashPassword, verifyPassword } from "./password-hash";

describe("checkPassword", () => {
  it.each([
    ["short", "Ab1!xyz", "tooShort"],
    ["common", "password123", "tooCommon"],
    ["keyboard walk", "qwertyuiop", "tooCommon"],
    ["local word", "lontar12345", "tooCommon"],
    ["long", "a".repeat(129), "tooLong"],
    ["passphrase", "rumput laut kering di pantai", null],
    ["random", "Tq8#vLm2!pWz", null],
  ])("%s", (_label, password, expected) => {
    expect(checkPassword(password)).toBe(expected);
  });

  it("refuses a password built from the user's own name", () => {
    expect(checkPassword("sitiaminah2026", ["Siti Aminah", "siti@lontar.id"])).toBe("tooCommon");
  });
});

describe("password hashing", () => {
  it("uses argon2id with OWASP parameters and verifies", async () => {
    const h = await hashPassword("rumput laut kering di pantai");
    expect(h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(h, "rumput laut kering di pantai")).toBe(true);
    expect(await verifyPassword(h, "rumput laut basah")).toBe(false);
    expect(await verifyPassword("not-a-hash", "x")).toBe(false);
  });
});
