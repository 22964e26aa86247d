import "server-only";
import { db } from "@/lib/db/client";

export type LimitResult = { allowed: boolean; count: number; retryAfterMs: number };

/**
 * Counts one hit against `key` and says whether it is within `max` hits per `windowMs`.
 * Shared by every app instance through RateLimitHit; an advisory lock on the key makes
 * count-then-insert atomic, so a burst of parallel requests cannot slip past the limit.
 * Refused hits are not stored (a flood does not extend its own ban). Old rows of the key
 * are deleted on the way. Used for public reports per address and, later, PIN tries per code.
 */
export async function hitLimit(key: string, max: number, windowMs: number, now = new Date()): Promise<LimitResult> {
  const since = new Date(now.getTime() - windowMs);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`rate:${key}`}, 0))`;
    await tx.rateLimitHit.deleteMany({ where: { key, at: { lt: since } } });
    const hits = await tx.rateLimitHit.findMany({ where: { key, at: { gte: since } }, orderBy: { at: "asc" }, select: { at: true }, take: max });
    if (hits.length >= max) {
      const oldest = hits[0]!.at.getTime();
      return { allowed: false, count: hits.length, retryAfterMs: Math.max(0, oldest + windowMs - now.getTime()) };
    }
    await tx.rateLimitHit.create({ data: { key, at: now } });
    return { allowed: true, count: hits.length + 1, retryAfterMs: 0 };
  });
}
