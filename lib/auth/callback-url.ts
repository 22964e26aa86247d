import { isStaffPath } from "./staff-paths";

export const DEFAULT_AFTER_SIGN_IN = "/dashboard";

/**
 * Where to go after signing in. Only a path of this site that staff use is accepted, so a
 * crafted link (`?callbackUrl=https://evil.example`, `//evil.example`, `/\evil.example`)
 * cannot send a user elsewhere.
 */
export function safeCallbackUrl(raw: string | string[] | undefined | null): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return DEFAULT_AFTER_SIGN_IN;
  if (/[\u0000-\u001f\u007f]/.test(value)) return DEFAULT_AFTER_SIGN_IN;
  const pathname = value.split(/[?#]/, 1)[0] ?? "";
  return isStaffPath(pathname) ? value : DEFAULT_AFTER_SIGN_IN;
}
