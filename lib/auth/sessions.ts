import "server-only";
import { db, type Tx } from "@/lib/db/client";

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so reading a session rarely writes. */
const TOUCH_EVERY_MS = 60 * 1000;

export async function endSession(sessionId: string): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: new Date() } });
}

type SessionRow = { createdAt: Date; lastSeenAt: Date; endedAt: Date | null };

export function sessionIsLive(row: SessionRow, now = Date.now()): boolean {
  if (row.endedAt) return false;
  if (now - row.createdAt.getTime() > ABSOLUTE_TIMEOUT_MS) return false;
  return now - row.lastSeenAt.getTime() <= IDLE_TIMEOUT_MS;
}

export function needsTouch(row: SessionRow, now = Date.now()): boolean {
  return now - row.lastSeenAt.getTime() > TOUCH_EVERY_MS;
}

export async function touchSession(sessionId: string): Promise<void> {
  await db.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: new Date() } });
}

/** Ends every open session of the user now (their next request finds no live session). */
export async function endOpenSessions(tx: Tx, userId: string, at = new Date()): Promise<number> {
  const { count } = await tx.userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: at } });
  return count;
}
