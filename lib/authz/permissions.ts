import { isRole, type Role } from "./roles";

// The one permission map: role → what it may do. Anything not listed is denied,
// and so is an unknown role or permission (fail-closed). Features add their actions here.
export const PERMISSIONS = {
  "staff:home": ["ORGANIZER", "VILLAGE_OFFICIAL", "BP3MI_STAFF", "ADMIN"],
  "account:manage-own": ["ORGANIZER", "VILLAGE_OFFICIAL", "BP3MI_STAFF", "ADMIN"],
  "user:read": ["ADMIN"],
  "user:create": ["ADMIN"],
  "user:update": ["ADMIN"],
  "user:disable": ["ADMIN"],
  "user:reset-password": ["ADMIN"],
  "signin-event:read": ["ADMIN"],
  "audit:read": ["ADMIN", "BP3MI_STAFF"],
  "village:read": ["ORGANIZER", "VILLAGE_OFFICIAL", "BP3MI_STAFF", "ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: unknown, permission: unknown): boolean {
  if (!isRole(role) || typeof permission !== "string") return false;
  if (!Object.hasOwn(PERMISSIONS, permission)) return false;
  const allowed: readonly Role[] = PERMISSIONS[permission as Permission];
  return allowed.includes(role);
}

export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p));
}
