import "server-only";
import { db } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/write-audit";
import { checkLockout } from "./brute-force";
import { dummyPasswordHash, verifyPassword } from "./password-hash";

import { signInFormSchema } from "./sign-in-schema";

export type SignInResult =
  | { ok: true; userId: string; sessionId: string; sessionVersion: number }
  | { ok: false; code: "invalid" }
  | { ok: false; code: "locked"; until: Date };

type Attempt = { email: string; password: string; ip: string; userAgent?: string | null };

/**
 * Checks a sign-in attempt and records it. Attempts on one account are serialised with an
 * advisory lock, so parallel guesses cannot slip past the limit.
 */
export async function signIn({ email, password, ip, userAgent }: Attempt): Promise<SignInResult> {
  const parsed = signInFormSchema.safeParse({ email, password });
  if (!parsed.success) return { ok: false, code: "invalid" };
  const input = parsed.data;
  const dummy = await dummyPasswordHash();

  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"signin:" + input.email}))`;
      const lockout = await checkLockout(tx, input.email, ip);
      const user = await tx.user.findUnique({ where: { email: input.email } });
      const actor = user ? { id: user.id, email: user.email, role: user.role } : null;
      const base = { email: input.email, ip, userAgent: userAgent ?? null, userId: user?.id ?? null };

      if (lockout.locked) {
        await tx.signInAttempt.create({ data: { ...base, outcome: "LOCKED" } });
        await writeAudit(tx, {
          actor, action: "auth.lockout", entity: "User", entityId: user?.id,
          villageCode: user?.villageCode, after: { email: input.email, by: lockout.by, until: lockout.until }, ip,
        });
        return { ok: false, code: "locked", until: lockout.until };
      }

      const passwordOk = await verifyPassword(user?.passwordHash ?? dummy, input.password);
      if (!user || !passwordOk || user.disabledAt) {
        await tx.signInAttempt.create({ data: { ...base, outcome: "FAILURE" } });
        await writeAudit(tx, {
          actor, action: "auth.signin-failure", entity: "User", entityId: user?.id,
          villageCode: user?.villageCode, after: { email: input.email, reason: !user ? "unknown-email" : user.disabledAt ? "disabled" : "wrong-password" }, ip,
        });
        return { ok: false, code: "invalid" };
      }

      const session = await tx.userSession.create({ data: { userId: user.id, ip, userAgent: userAgent?.slice(0, 300) ?? null } });
      await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
      await tx.signInAttempt.create({ data: { ...base, outcome: "SUCCESS" } });
      await writeAudit(tx, { actor, action: "auth.signin", entity: "User", entityId: user.id, villageCode: user.villageCode, ip });
      return { ok: true, userId: user.id, sessionId: session.id, sessionVersion: user.sessionVersion };
    },
    { timeout: 15_000 },
  );
}
