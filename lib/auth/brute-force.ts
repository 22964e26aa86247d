import "server-only";
import type { Tx } from "@/lib/db/client";

// After 5 failed attempts on an account, or 20 from one address, within 15 minutes, every
// further attempt is refused until the window passes. The counters are the SignInAttempt
// rows themselves, so several app instances share them.
export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

export type Lockout = { locked: false } | { locked: true; until: Date; by: "account" | "ip" };

async function lockoutFor(
  tx: Tx,
  where: { email: string } | { ip: string },
  limit: number,
  now: Date,
): Promise<Date | null> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const failures = await tx.signInAttempt.findMany({
    where: { ...where, outcome: "FAILURE", at: { gt: since } },
    orderBy: { at: "desc" },
    take: limit,
    select: { at: true },
  });
  if (failures.length < limit) return null;
  // Locked until the oldest of the last `limit` failures leaves the window.
  const oldest = failures[failures.length - 1]!.at;
  return new Date(oldest.getTime() + WINDOW_MS);
}

export async function checkLockout(tx: Tx, email: string, ip: string, now = new Date()): Promise<Lockout> {
  const byAccount = await lockoutFor(tx, { email }, MAX_FAILURES_PER_ACCOUNT, now);
  if (byAccount) return { locked: true, until: byAccount, by: "account" };
  const byIp = ip === "unknown" ? null : await lockoutFor(tx, { ip }, MAX_FAILURES_PER_IP, now);
  if (byIp) return { locked: true, until: byIp, by: "ip" };
  return { locked: false };
}
