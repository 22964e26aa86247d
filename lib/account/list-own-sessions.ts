import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS } from "@/lib/auth/sessions";

export type OwnSession = {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
};

/** The actor's sessions that are still open (not ended, not timed out), newest first. */
export async function listOwnSessions(actor: Actor, now = new Date()): Promise<OwnSession[]> {
  assertCan(actor, "account:manage-own");
  const rows = await db.userSession.findMany({
    where: {
      userId: actor.id,
      endedAt: null,
      createdAt: { gte: new Date(now.getTime() - ABSOLUTE_TIMEOUT_MS) },
      lastSeenAt: { gte: new Date(now.getTime() - IDLE_TIMEOUT_MS) },
    },
    orderBy: [{ lastSeenAt: "desc" }, { id: "desc" }],
    take: 50,
    select: { id: true, createdAt: true, lastSeenAt: true, ip: true, userAgent: true },
  });
  return rows.map((r) => ({ ...r, current: r.id === actor.sessionId }));
}
