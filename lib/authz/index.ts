import { ForbiddenError } from "./errors";
import { can, type Permission } from "./permissions";
import type { Actor } from "./roles";

export * from "./errors";
export * from "./permissions";
export * from "./roles";
export * from "./scope";

/** Throws unless the actor's role has the permission. */
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new ForbiddenError(permission);
}
