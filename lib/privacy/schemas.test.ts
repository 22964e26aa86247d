import { describe, expect, it } from "vitest";
import { recordConsentSchema, withdrawConsentSchema } from "./schemas";

const personId = "6f1c1f0e-8a3b-4c1e-9d6a-2b7f4e5a9c01";

describe("consent form schemas", () => {
  it("turns the scope checkboxes into a list", () => {
    const parsed = recordConsentSchema.parse({ personId, givenOn: "2026-01-10", scope_REGISTRY: "on", scope_SHARING_BP3MI: "on", note: " " });
    expect(parsed).toEqual({ personId, givenOn: new Date("2026-01-10T00:00:00Z"), scopes: ["REGISTRY", "SHARING_BP3MI"], note: null });
    expect(recordConsentSchema.parse({ personId, givenOn: "2026-01-10" }).scopes).toEqual([]);
  });

  it("refuses a missing or impossible date and markup in the note", () => {
    const issues = (v: Record<string, string>) => recordConsentSchema.safeParse({ personId, ...v }).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues({ givenOn: "" })).toEqual([["givenOn", "required"]]);
    expect(issues({ givenOn: "2026-02-30" })).toEqual([["givenOn", "invalidDate"]]);
    expect(issues({ givenOn: "2026-01-10", note: "<b>x</b>" })).toEqual([["note", "noMarkup"]]);
  });

  it("needs the confirmation to withdraw", () => {
    expect(withdrawConsentSchema.safeParse({ consentId: personId, withdrawnOn: "2026-01-10" }).success).toBe(false);
    expect(withdrawConsentSchema.parse({ consentId: personId, withdrawnOn: "2026-01-10", confirm: "on" }).withdrawnOn).toEqual(new Date("2026-01-10T00:00:00Z"));
  });
});
