// The paths that belong to signed-in staff. proxy.ts sends a visitor without a session
// cookie from these to the sign-in page. It is a convenience, not a lock: every staff page
// and data function checks the session and the permission itself. Add a prefix here when a
// feature adds a staff area.
export const STAFF_PATH_PREFIXES = ["/dashboard", "/admin", "/audit", "/account", "/registry", "/recruiters", "/rules", "/reports", "/cases", "/perdes", "/groups"] as const;

/** True for a staff prefix itself or anything below it ("/admin", "/admin/users"), not "/administrasi". */
export function isStaffPath(pathname: string): boolean {
  return STAFF_PATH_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}
