import { describe, expect, it } from "vitest";
import { welfareQuerySchema } from "./schemas";
import { decodeWelfareCursor, encodeWelfareCursor } from "./welfare-cursor";

const ID = "0b6f3c52-7d7e-4a53-9f0e-8f1a2b3c4d5e";

describe("welfare cursor", () => {
  it("round-trips a moment and a null", () => {
    const at = new Date("2026-01-02T03:04:05.678Z");
    expect(decodeWelfareCursor(encodeWelfareCursor({ at, id: ID }))).toEqual({ at, id: ID });
    expect(decodeWelfareCursor(encodeWelfareCursor({ at: null, id: ID }))).toEqual({ at: null, id: ID });
  });

  it("treats anything else as the first page", () => {
    for (const raw of [undefined, "", "%%%", Buffer.from('["x","y"]').toString("base64url"), Buffer.from(`["not a date","${ID}"]`).toString("base64url")]) {
      expect(decodeWelfareCursor(raw)).toBeNull();
    }
  });
});

describe("welfare query", () => {
  it.each([
    [{}, 60],
    [{ days: "" }, 60],
    [{ days: "abc" }, 60],
    [{ days: "30" }, 30],
    [{ days: "3" }, 7],
    [{ days: "1000" }, 365],
  ])("%o → %i days", (raw, days) => {
    expect(welfareQuerySchema.parse(raw).days).toBe(days);
  });
});
