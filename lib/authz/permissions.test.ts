import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, permissionsOf } from "./permissions";
import { ROLES } from "./roles";

describe("permission map", () => {
  it("fails closed on an unknown role or permission", () => {
    expect(can("SUPERUSER", "user:read")).toBe(false);
    expect(can(undefined, "user:read")).toBe(false);
    expect(can("ADMIN", "user:delete-everything")).toBe(false);
    expect(can("ADMIN", "toString")).toBe(false);
    expect(can("ADMIN", "__proto__")).toBe(false);
    expect(can("ADMIN", 42)).toBe(false);
  });

  it("lets only admins manage users and read sign-in events", () => {
    for (const role of ROLES) {
      const isAdmin = role === "ADMIN";
      for (const p of ["user:read", "user:create", "user:update", "user:disable", "user:reset-password", "signin-event:read"] as const) {
        expect(can(role, p), `${role} ${p}`).toBe(isAdmin);
      }
    }
  });

  it("lets admins and BP3MI staff read the audit log, not village roles", () => {
    expect(can("ADMIN", "audit:read")).toBe(true);
    expect(can("BP3MI_STAFF", "audit:read")).toBe(true);
    expect(can("ORGANIZER", "audit:read")).toBe(false);
    expect(can("VILLAGE_OFFICIAL", "audit:read")).toBe(false);
  });

  it("gives every staff role a home and its own account", () => {
    for (const role of ROLES) {
      expect(can(role, "staff:home")).toBe(true);
      expect(can(role, "account:manage-own")).toBe(true);
    }
  });

  it("lists only roles that exist", () => {
    for (const roles of Object.values(PERMISSIONS)) for (const r of roles) expect(ROLES).toContain(r);
    expect(permissionsOf("ORGANIZER")).not.toContain("user:read");
  });
});
