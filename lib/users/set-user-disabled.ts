import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { FieldError } from "@/lib/validation/errors";
import { endOpenSessions } from "@/lib/auth/sessions";
import { AUDITED_USER_FIELDS } from "./user-checks";

/**
 * Disables a user (they cannot sign in, and their open sessions stop at their next request:
 * the session version rises and every open session row ends) or enables them again.
 * Setting the state a user already has changes nothing and records nothing.
 */
export async function setUserDisabled(
  actor: Actor,
  input: { id: string; disabled: boolean },
  meta: { ip?: string | null } = {},
): Promise<{ id: string; changed: boolean }> {
  assertCan(actor, "user:disable");
  if (input.disabled && input.id === actor.id) throw new FieldError("confirm", "cannotDisableSelf");

  return db.$transaction(async (tx) => {
    const before = await tx.user.findFirst({
      where: { AND: [{ id: input.id }, villageScope(actor)] },
      select: AUDITED_USER_FIELDS,
    });
    if (!before) throw new NotFoundError("User");
    if (!!before.disabledAt === input.disabled) return { id: input.id, changed: false };

    const now = new Date();
    const after = await tx.user.update({
      where: { id: input.id },
      data: input.disabled ? { disabledAt: now, sessionVersion: { increment: 1 } } : { disabledAt: null },
      select: AUDITED_USER_FIELDS,
    });
    if (input.disabled) await endOpenSessions(tx, input.id, now);

    await writeAudit(tx, {
      actor,
      action: input.disabled ? "user.disable" : "user.enable",
      entity: "User",
      entityId: input.id,
      villageCode: before.villageCode,
      before: { disabledAt: before.disabledAt, sessionVersion: before.sessionVersion },
      after: { disabledAt: after.disabledAt, sessionVersion: after.sessionVersion },
      ip: meta.ip,
    });
    return { id: input.id, changed: true };
  });
}
