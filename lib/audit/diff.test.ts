import { describe, expect, it } from "vitest";
import { changedFields } from "./diff";

describe("changedFields", () => {
  it("keeps only the fields that changed", () => {
    const r = changedFields({ name: "A", role: "ORGANIZER", n: 1 }, { name: "B", role: "ORGANIZER", n: 1 });
    expect(r).toEqual({ before: { name: "A" }, after: { name: "B" } });
  });

  it("records a creation with every field and no before", () => {
    const r = changedFields(null, { name: "A", disabledAt: null });
    expect(r).toEqual({ before: null, after: { name: "A", disabledAt: null } });
  });

  it("never stores a password hash", () => {
    const r = changedFields({ passwordHash: "$argon2id$old" }, { passwordHash: "$argon2id$new" });
    expect(JSON.stringify(r)).not.toContain("argon2id");
    expect(r.after).toHaveProperty("passwordHash");
  });

  it("compares dates by value and ignores updatedAt", () => {
    const d = new Date("2026-01-01T00:00:00Z");
    const r = changedFields({ at: d, updatedAt: d }, { at: new Date(d), updatedAt: new Date() });
    expect(r).toEqual({ before: {}, after: {} });
  });
});
