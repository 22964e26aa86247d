import { describe, expect, it } from "vitest";
import { decodePairCursor, encodePairCursor } from "./cursor";

const a = "6f1c1f0e-8a3b-4c1e-9d6a-2b7f4e5a9c01";
const b = "7f1c1f0e-8a3b-4c1e-9d6a-2b7f4e5a9c02";

describe("pair cursor", () => {
  it("round-trips", () => {
    const c = { key: "siti aminah", firstId: a, secondId: b };
    expect(decodePairCursor(encodePairCursor(c))).toEqual(c);
  });
  it("treats garbage as the first page", () => {
    expect(decodePairCursor("not-a-cursor")).toBeNull();
    expect(decodePairCursor(Buffer.from(JSON.stringify(["x", "1", "2"])).toString("base64url"))).toBeNull();
    expect(decodePairCursor(undefined)).toBeNull();
  });
});
