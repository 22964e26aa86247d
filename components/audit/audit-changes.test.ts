import { describe, expect, it } from "vitest";
import { auditChanges, formatAuditValue } from "./audit-changes";

describe("auditChanges", () => {
  it("pairs before and after per field", () => {
    expect(auditChanges({ name: "Siti" }, { name: "Siti Aminah" }, { empty: "(kosong)" })).toEqual([{ field: "name", before: "Siti", after: "Siti Aminah" }]);
  });

  it("a creation has only new values; null shows as empty", () => {
    expect(auditChanges(null, { role: "ADMIN", villageCode: null }, { empty: "(kosong)" })).toEqual([
      { field: "role", before: undefined, after: "ADMIN" },
      { field: "villageCode", before: undefined, after: "(kosong)" },
    ]);
  });

  it("shows objects as JSON and cuts long values", () => {
    expect(formatAuditValue({ a: 1 }, { empty: "-" })).toBe('{"a":1}');
    expect(formatAuditValue("x".repeat(200), { empty: "-" })).toHaveLength(80);
    expect(formatAuditValue(false, { empty: "-" })).toBe("false");
  });

  it("shows stored moments with the given formatter", () => {
    const moment = (iso: string) => `WIB:${iso}`;
    expect(formatAuditValue("2026-11-29T17:41:47.596Z", { empty: "-", moment })).toBe("WIB:2026-11-29T17:41:47.596Z");
    expect(formatAuditValue("2026-11-29", { empty: "-", moment })).toBe("2026-11-29");
  });

  it("nothing recorded, nothing shown", () => {
    expect(auditChanges(null, null, { empty: "-" })).toEqual([]);
  });
});
