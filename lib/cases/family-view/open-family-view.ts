import "server-only";
import { db } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/write-audit";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password-hash";
import { checkLimit, lockLimitKey, recordHit } from "@/lib/rate-limit/hit-limit";
import { normaliseTrackingCode } from "../codes";
import { addressLimitKey, codeLimitKey, MAX_WRONG_PER_ADDRESS, MAX_WRONG_PER_CODE, PIN_WINDOW_MS } from "./pin-tries";

export type FamilyViewOpening =
  | { ok: true; caseId: string }
  /** One answer for an unknown code and a wrong PIN, so neither is revealed. */
  | { ok: false; reason: "wrong" }
  | { ok: false; reason: "blocked"; retryAfterMs: number };

const MAX_PIN_LENGTH = 64;

/**
 * Checks a tracking code and PIN from the public form. Tries on one code are serialised by
 * an advisory lock (as sign-in does), so parallel guesses cannot pass the limit; the PIN is
 * verified with argon2 against the case's hash, or against a dummy hash when the code is
 * unknown, so the time taken does not tell whether a case exists.
 */
export async function openFamilyView(input: { trackingCode: string; pin: string }, meta: { ip: string; now?: Date }): Promise<FamilyViewOpening> {
  const now = meta.now ?? new Date();
  const code = normaliseTrackingCode(input.trackingCode);
  const pin = input.pin.trim().slice(0, MAX_PIN_LENGTH);
  const dummy = await dummyPasswordHash();
  const keys = [
    ...(code ? [{ key: codeLimitKey(code), max: MAX_WRONG_PER_CODE }] : []),
    // Like sign-in: an address that could not be read is not one client, so it is not capped as one.
    ...(meta.ip && meta.ip !== "unknown" ? [{ key: addressLimitKey(meta.ip), max: MAX_WRONG_PER_ADDRESS }] : []),
  ];

  return db.$transaction(
    async (tx) => {
      // Always the code first, then the address: one order, no deadlock.
      for (const { key } of keys) await lockLimitKey(tx, key);
      let retryAfterMs = 0;
      for (const { key, max } of keys) {
        const check = await checkLimit(key, max, PIN_WINDOW_MS, now, tx);
        if (!check.allowed) retryAfterMs = Math.max(retryAfterMs, check.retryAfterMs);
      }
      if (retryAfterMs > 0) return { ok: false, reason: "blocked", retryAfterMs };

      const kase = code ? await tx.case.findUnique({ where: { trackingCode: code }, select: { id: true, villageCode: true, pinHash: true } }) : null;
      const pinOk = (await verifyPassword(kase?.pinHash ?? dummy, pin)) && kase !== null && pin !== "";
      if (!pinOk) {
        for (const { key } of keys) await recordHit(tx, key, PIN_WINDOW_MS, now);
        return { ok: false, reason: "wrong" };
      }
      // The family's look at the case is an access to personal data like any other (UU PDP).
      await writeAudit(tx, { actor: null, action: "case.family-view", entity: "Case", entityId: kase.id, villageCode: kase.villageCode, ip: meta.ip });
      return { ok: true, caseId: kase.id };
    },
    { timeout: 15_000 },
  );
}
