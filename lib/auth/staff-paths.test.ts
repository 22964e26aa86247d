import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";
import { isStaffPath, STAFF_PATH_PREFIXES } from "./staff-paths";

describe("isStaffPath", () => {
  it.each(["/dashboard", "/admin", "/admin/users", "/admin/users/123", "/audit", "/account"])("%s is staff", (p) => {
    expect(isStaffPath(p)).toBe(true);
  });
  it.each(["/", "/sign-in", "/cek-perusahaan", "/administrasi", "/accounting", "/api/health", "/dashboardx"])("%s is not", (p) => {
    expect(isStaffPath(p)).toBe(false);
  });
  it("lists every staff area once", () => {
    expect(new Set(STAFF_PATH_PREFIXES).size).toBe(STAFF_PATH_PREFIXES.length);
  });
});

describe("safeCallbackUrl", () => {
  it("keeps a staff path with its query", () => {
    expect(safeCallbackUrl("/admin/users?q=siti")).toBe("/admin/users?q=siti");
    expect(safeCallbackUrl(["/audit", "/account"])).toBe("/audit");
  });
  it.each([
    [undefined],
    [""],
    ["https://evil.example/dashboard"],
    ["//evil.example/dashboard"],
    ["/\\evil.example"],
    ["/dashboard\\..\\x"],
    ["javascript:alert(1)"],
    ["/sign-in"],
    ["/"],
    ["/dash\nboard"],
  ])("refuses %j", (raw) => {
    expect(safeCallbackUrl(raw)).toBe("/dashboard");
  });
});
