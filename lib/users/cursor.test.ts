import { describe, expect, it } from "vitest";
import { decodeUserCursor, encodeUserCursor } from "./cursor";

describe("user list cursor", () => {
  it("round-trips a sort key and id, also with non-ASCII names", () => {
    const c = { key: "Siti Ämínah, \"Bu\" & co", id: "6f1c1f0e-8a3b-4c1e-9d6a-2b7f4e5a9c01" };
    const raw = encodeUserCursor(c);
    expect(raw).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeUserCursor(raw)).toEqual(c);
  });

  it("treats anything else as the first page", () => {
    expect(decodeUserCursor(undefined)).toBeNull();
    expect(decodeUserCursor("%%%")).toBeNull();
    expect(decodeUserCursor(Buffer.from('{"a":1}').toString("base64url"))).toBeNull();
    expect(decodeUserCursor(Buffer.from("[1,2]").toString("base64url"))).toBeNull();
  });
});
