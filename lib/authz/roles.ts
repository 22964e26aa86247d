// Roles, and the scope each one works in. Shared by server code, tests and the seed.
export const ROLES = ["ORGANIZER", "VILLAGE_OFFICIAL", "BP3MI_STAFF", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export const VILLAGE_ROLES: readonly Role[] = ["ORGANIZER", "VILLAGE_OFFICIAL"];

/** A signed-in user, as every data function receives it. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** ORGANIZER and VILLAGE_OFFICIAL only. */
  villageCode: string | null;
  /** BP3MI_STAFF only: a province (36) or kabupaten/kota (36.04) code. */
  regionCode: string | null;
  sessionId: string;
  mustChangePassword: boolean;
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
