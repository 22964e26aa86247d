import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { hashPassword } from "@/lib/auth/password-hash";
import { FieldError } from "@/lib/validation/errors";
import { generateOneTimePassword } from "./one-time-password";
import { endOpenSessions } from "@/lib/auth/sessions";

/**
 * Gives a user a new one-time password (to be changed at the next sign-in) and ends their
 * open sessions. The password is returned once, for the admin to pass on.
 */
export async function resetUserPassword(
  actor: Actor,
  input: { id: string },
  meta: { ip?: string | null } = {},
): Promise<{ id: string; oneTimePassword: string }> {
  assertCan(actor, "user:reset-password");
  // Admins change their own password on their account page, which asks for the current one.
  if (input.id === actor.id) throw new FieldError("confirm", "cannotResetOwnPassword");

  const target = await db.user.findFirst({
    where: { AND: [{ id: input.id }, villageScope(actor)] },
    select: { name: true, email: true },
  });
  if (!target) throw new NotFoundError("User");
  const oneTimePassword = generateOneTimePassword([target.name, target.email]);
  const passwordHash = await hashPassword(oneTimePassword);

  await db.$transaction(async (tx) => {
    const before = await tx.user.findFirst({
      where: { AND: [{ id: input.id }, villageScope(actor)] },
      select: { passwordHash: true, mustChangePassword: true, sessionVersion: true, villageCode: true },
    });
    if (!before) throw new NotFoundError("User");
    const after = await tx.user.update({
      where: { id: input.id },
      data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
      select: { passwordHash: true, mustChangePassword: true, sessionVersion: true },
    });
    await endOpenSessions(tx, input.id);
    const { villageCode, ...beforeFields } = before;
    await writeAudit(tx, {
      actor,
      action: "user.reset-password",
      entity: "User",
      entityId: input.id,
      villageCode,
      before: beforeFields,
      after,
      ip: meta.ip,
    });
  });
  return { id: input.id, oneTimePassword };
}
