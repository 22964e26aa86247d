import { can, type Permission } from "@/lib/authz/permissions";
import type { Role } from "@/lib/authz/roles";

// The staff menu: each entry is shown only to roles that have its permission, so nobody
// sees a link that would answer "not found". Features add their entries here.
export type NavKey = "dashboard" | "users" | "signInEvents" | "audit" | "account";
export type NavItem = { key: NavKey; href: string; permission: Permission };

export const NAV_ITEMS: readonly NavItem[] = [
  { key: "dashboard", href: "/dashboard", permission: "staff:home" },
  { key: "users", href: "/admin/users", permission: "user:read" },
  { key: "signInEvents", href: "/admin/sign-in-events", permission: "signin-event:read" },
  { key: "audit", href: "/audit", permission: "audit:read" },
  { key: "account", href: "/account", permission: "account:manage-own" },
];

/** The menu of a role. While the one-time password is still in use, only the account page. */
export function navItemsFor(role: Role, opts: { mustChangePassword?: boolean } = {}): NavItem[] {
  const items = NAV_ITEMS.filter((item) => can(role, item.permission));
  return opts.mustChangePassword ? items.filter((item) => item.key === "account") : items;
}

/** Whether a menu entry is the page being shown (or a page below it, e.g. a user's detail). */
export function isCurrentNavItem(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** Pages that stay open while the user must still change the one-time password. */
export function allowedWithOneTimePassword(pathname: string): boolean {
  return isCurrentNavItem(pathname, "/account");
}
