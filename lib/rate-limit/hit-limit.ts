import "server-only";
import { db, type Tx } from "@/lib/db/client";

export type LimitResult = { allowed: boolean; count: number; retryAfterMs: number };

type Client = Pick<Tx, "rateLimitHit">;

/** Serialises every check and record of `key` until the caller's transaction ends. */
export async function lockLimitKey(tx: Tx, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`rate:${key}`}, 0))`;
}

/**
 * Whether `key` is still under `max` hits per `windowMs`, without counting a hit: for limits
 * that count only failures (a wrong PIN), asked before the attempt is checked. When refused,
 * `retryAfterMs` is how long until enough hits have left the window.
 */
export async function checkLimit(key: string, max: number, windowMs: number, now = new Date(), client: Client = db): Promise<LimitResult> {
  const since = new Date(now.getTime() - windowMs);
  const newest = await client.rateLimitHit.findMany({ where: { key, at: { gte: since } }, orderBy: { at: "desc" }, select: { at: true }, take: max });
  if (newest.length < max) return { allowed: true, count: newest.length, retryAfterMs: 0 };
  // Allowed again once the max-th newest hit has left the window.
  const unblocksAt = newest[max - 1]!.at.getTime() + windowMs;
  return { allowed: false, count: newest.length, retryAfterMs: Math.max(0, unblocksAt - now.getTime()) };
}

/** Counts one hit against `key`, and deletes the key's hits that have left the window. */
export async function recordHit(client: Client, key: string, windowMs: number, now = new Date()): Promise<void> {
  await client.rateLimitHit.deleteMany({ where: { key, at: { lt: new Date(now.getTime() - windowMs) } } });
  await client.rateLimitHit.create({ data: { key, at: now } });
}

/**
 * Counts one hit against `key` and says whether it is within `max` hits per `windowMs`.
 * Shared by every app instance through RateLimitHit; an advisory lock on the key makes
 * count-then-insert atomic, so a burst of parallel requests cannot slip past the limit.
 * Refused hits are not stored (a flood does not extend its own ban). Old rows of the key
 * are deleted on the way. Used for public reports per address; the family's PIN tries use
 * lockLimitKey, checkLimit and recordHit, to count wrong PINs only.
 */
export async function hitLimit(key: string, max: number, windowMs: number, now = new Date()): Promise<LimitResult> {
  return db.$transaction(async (tx) => {
    await lockLimitKey(tx, key);
    const check = await checkLimit(key, max, windowMs, now, tx);
    if (!check.allowed) return check;
    await recordHit(tx, key, windowMs, now);
    return { allowed: true, count: check.count + 1, retryAfterMs: 0 };
  });
}
