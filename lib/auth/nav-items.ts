import { can, type Permission } from "@/lib/authz/permissions";
import type { Role } from "@/lib/authz/roles";

// The staff menu: each entry is shown only to roles that have its permission, so nobody
// sees a link that would answer "not found". Features add their entries here.
export type NavKey =
  | "dashboard"
  | "registry"
  | "welfare"
  | "import"
  | "duplicates"
  | "cases"
  | "perdes"
  | "groups"
  | "recruiters"
  | "reports"
  | "rules"
  | "users"
  | "signInEvents"
  | "caseDeadlines"
  | "groupKinds"
  | "audit"
  | "account";
export type NavItem = { key: NavKey; href: string; permission: Permission };

export const NAV_ITEMS: readonly NavItem[] = [
  { key: "dashboard", href: "/dashboard", permission: "staff:home" },
  { key: "registry", href: "/registry", permission: "person:read" },
  { key: "welfare", href: "/registry/welfare", permission: "person:read" },
  { key: "import", href: "/registry/import", permission: "registry:import" },
  { key: "duplicates", href: "/registry/duplicates", permission: "person:merge" },
  { key: "cases", href: "/cases", permission: "case:read" },
  { key: "perdes", href: "/perdes", permission: "monitoring:read" },
  { key: "groups", href: "/groups", permission: "group:read" },
  { key: "recruiters", href: "/recruiters", permission: "recruiter:read" },
  { key: "reports", href: "/reports", permission: "report:read" },
  { key: "rules", href: "/rules", permission: "recruiter:read" },
  { key: "users", href: "/admin/users", permission: "user:read" },
  { key: "signInEvents", href: "/admin/sign-in-events", permission: "signin-event:read" },
  { key: "caseDeadlines", href: "/admin/case-deadlines", permission: "case:deadlines" },
  { key: "groupKinds", href: "/admin/group-kinds", permission: "group-kind:write" },
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

/** The one menu entry to mark: the longest href that contains the page (/registry/welfare, not /registry). */
export function currentNavHref(pathname: string, hrefs: readonly string[]): string | undefined {
  return hrefs.filter((href) => isCurrentNavItem(pathname, href)).sort((a, b) => b.length - a.length)[0];
}

/** Pages that stay open while the user must still change the one-time password. */
export function allowedWithOneTimePassword(pathname: string): boolean {
  return isCurrentNavItem(pathname, "/account");
}
