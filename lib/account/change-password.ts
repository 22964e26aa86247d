import "server-only";
import { db } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan, NotFoundError, type Actor } from "@/lib/authz";
import { hashPassword, verifyPassword } from "@/lib/auth/password-hash";
import { checkPassword, type PasswordProblem } from "@/lib/auth/password-policy";
import { endOpenSessions } from "@/lib/auth/sessions";
import { FieldError } from "@/lib/validation/errors";
import type { ChangePasswordInput } from "./schemas";

const PROBLEM_KEYS: Record<PasswordProblem, string> = {
  tooShort: "passwordTooShort",
  tooLong: "passwordTooLong",
  tooCommon: "passwordTooCommon",
};

const AUDITED = { passwordHash: true, mustChangePassword: true, sessionVersion: true } as const;

/**
 * The actor changes their own password. Afterwards every session ends, this one too, and
 * the user signs in again with the new password: simpler and safer than re-issuing the
 * current JWT, and it throws out anyone who knew the old password.
 *
 * The record is the actor's own (`id: actor.id`), so no village scope applies: BP3MI and
 * admin users have no village at all.
 */
export async function changePassword(
  actor: Actor,
  input: ChangePasswordInput,
  meta: { ip?: string | null } = {},
): Promise<{ sessionsEnded: number }> {
  assertCan(actor, "account:manage-own");
  const user = await db.user.findFirst({
    where: { id: actor.id, disabledAt: null },
    select: { name: true, email: true, passwordHash: true },
  });
  if (!user) throw new NotFoundError("User");

  // argon2id is slow on purpose, which also slows down guessing the current password
  // here; and only a signed-in session reaches this form.
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new FieldError("currentPassword", "wrongPassword");
  }
  const problem = checkPassword(input.newPassword, [user.name, user.email]);
  if (problem) throw new FieldError("newPassword", PROBLEM_KEYS[problem]);
  if (input.confirmPassword !== input.newPassword) throw new FieldError("confirmPassword", "passwordMismatch");

  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    const before = await tx.user.findFirst({ where: { id: actor.id, disabledAt: null }, select: { ...AUDITED, villageCode: true } });
    if (!before) throw new NotFoundError("User");
    // Only if the password is still the one just verified: of two changes at once with
    // the same old password, one wins and the other is told the password is wrong.
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, passwordHash: user.passwordHash },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    if (count !== 1) throw new FieldError("currentPassword", "wrongPassword");
    const after = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: AUDITED });
    const sessionsEnded = await endOpenSessions(tx, actor.id);
    const { villageCode, ...beforeFields } = before;
    // lib/audit/diff.ts replaces the hashes with a marker: the entry says the password
    // changed, never to what.
    await writeAudit(tx, {
      actor,
      action: "user.change-password",
      entity: "User",
      entityId: actor.id,
      villageCode,
      before: beforeFields,
      after: { ...after, sessionsEnded },
      ip: meta.ip,
    });
    return { sessionsEnded };
  });
}
