import { describe, expect, it } from "vitest";
import { allowedWithOneTimePassword, currentNavHref, isCurrentNavItem, navItemsFor } from "./nav-items";

const keys = (...args: Parameters<typeof navItemsFor>) => navItemsFor(...args).map((i) => i.key);

describe("navItemsFor", () => {
  it("gives each role only what it may use", () => {
    const recruitment = ["recruiters", "reports", "rules"];
    expect(keys("ORGANIZER")).toEqual(["dashboard", "registry", "welfare", "import", "duplicates", "cases", "perdes", "groups", ...recruitment, "account"]);
    expect(keys("VILLAGE_OFFICIAL")).toEqual(["dashboard", "registry", "welfare", "import", "duplicates", "cases", "perdes", "groups", ...recruitment, "account"]);
    expect(keys("BP3MI_STAFF")).toEqual(["dashboard", "registry", "welfare", "cases", "perdes", "groups", ...recruitment, "audit", "account"]);
    expect(keys("ADMIN")).toEqual(["dashboard", ...recruitment, "users", "signInEvents", "caseDeadlines", "groupKinds", "audit", "account"]);
  });
  it("shows nothing to an unknown role", () => {
    expect(keys("GUEST" as never)).toEqual([]);
  });
  it("leaves only the account page while the one-time password is in use", () => {
    expect(keys("ADMIN", { mustChangePassword: true })).toEqual(["account"]);
  });
});

describe("currentNavHref", () => {
  it("marks the most specific entry", () => {
    expect(currentNavHref("/registry/welfare", ["/registry", "/registry/welfare"])).toBe("/registry/welfare");
    expect(currentNavHref("/registry/people/1", ["/registry", "/registry/welfare"])).toBe("/registry");
    expect(currentNavHref("/elsewhere", ["/registry"])).toBeUndefined();
  });
});

describe("isCurrentNavItem", () => {
  it("marks the page and pages below it", () => {
    expect(isCurrentNavItem("/admin/users", "/admin/users")).toBe(true);
    expect(isCurrentNavItem("/admin/users/42", "/admin/users")).toBe(true);
    expect(isCurrentNavItem("/admin/users-export", "/admin/users")).toBe(false);
    expect(isCurrentNavItem("/dashboard", "/account")).toBe(false);
  });
  it("keeps /account open while the password must change", () => {
    expect(allowedWithOneTimePassword("/account")).toBe(true);
    expect(allowedWithOneTimePassword("/dashboard")).toBe(false);
  });
});

describe("menu texts", () => {
  it("every entry has its menu label and its dashboard card text in both languages", async () => {
    const { NAV_ITEMS } = await import("./nav-items");
    for (const locale of ["id", "en"] as const) {
      const common = (await import(`../i18n/messages/${locale}/common.json`)).default as { nav: Record<string, string> };
      const auth = (await import(`../i18n/messages/${locale}/auth.json`)).default as { dashboard: { cards: Record<string, string> } };
      for (const { key } of NAV_ITEMS) {
        expect(common.nav[key], `${locale} nav.${key}`).toBeTruthy();
        if (key !== "dashboard") expect(auth.dashboard.cards[key], `${locale} dashboard.cards.${key}`).toBeTruthy();
      }
    }
  });
});
