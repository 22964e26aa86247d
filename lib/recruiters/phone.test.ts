import { describe, expect, it } from "vitest";
import { formatPhone, normalisePhone } from "./phone";

describe("normalisePhone", () => {
  it.each([
    ["0812-3456-7890", "6281234567890"],
    ["0812 3456 7890", "6281234567890"],
    ["+62 812 3456 7890", "6281234567890"],
    ["62812-3456-7890", "6281234567890"],
    ["(0812) 34567890", "6281234567890"],
    ["812 3456 7890", "6281234567890"],
    ["0062 812 3456 7890", "6281234567890"],
    ["+886 912 345 678", "886912345678"],
    ["021-5551234", "62215551234"],
  ])("%s → %s", (raw, expected) => {
    expect(normalisePhone(raw)).toBe(expected);
  });

  it.each([[""], ["  "], ["tidak tahu"], ["12345"], ["0812345678901234567"]])("%s is no phone", (raw) => {
    expect(normalisePhone(raw)).toBeNull();
  });

  it("formats for display", () => {
    expect(formatPhone("6281234567890")).toBe("+62 812-3456-7890");
    expect(formatPhone("886912345678")).toBe("+886912345678");
    expect(formatPhone(null)).toBe("");
  });
});
