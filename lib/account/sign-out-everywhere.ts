import "server-only";
import { db } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan, NotFoundError, type Actor } from "@/lib/authz";
import { endOpenSessions } from "@/lib/auth/sessions";

/**
 * Ends every session of the actor on every device, this one too (a lost phone, a shared
 * computer): the session version goes up, so any token still in a browser is refused, and
 * the session rows close. The caller then sends the user to the sign-in page.
 * The record is the actor's own, so no village scope applies.
 */
export async function signOutEverywhere(actor: Actor, meta: { ip?: string | null } = {}): Promise<{ sessionsEnded: number }> {
  assertCan(actor, "account:manage-own");
  return db.$transaction(async (tx) => {
    const before = await tx.user.findFirst({ where: { id: actor.id, disabledAt: null }, select: { sessionVersion: true, villageCode: true } });
    if (!before) throw new NotFoundError("User");
    const after = await tx.user.update({
      where: { id: actor.id },
      data: { sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    const sessionsEnded = await endOpenSessions(tx, actor.id);
    await writeAudit(tx, {
      actor,
      action: "user.sign-out-everywhere",
      entity: "User",
      entityId: actor.id,
      villageCode: before.villageCode,
      before: { sessionVersion: before.sessionVersion },
      after: { ...after, sessionsEnded },
      ip: meta.ip,
    });
    return { sessionsEnded };
  });
}
