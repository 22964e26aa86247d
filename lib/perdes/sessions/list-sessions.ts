import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, villageScope, type Actor } from "@/lib/authz";
import { formatQuarter, parseQuarter, quarterOf, quarterRange } from "./quarter";
import type { SessionTopic } from "./schemas";

// A village's prevention sessions, newest first, with the number held in each quarter (what
// the scorecard's "sessions per quarter" counts, decision 022).

export const SESSION_LIST_LIMIT = 100;

export type SessionListRow = {
  id: string;
  heldOn: Date;
  topic: SessionTopic;
  title: string;
  place: string | null;
  facilitator: string | null;
  namedAttendees: number;
  otherAttendees: number;
};

export type SessionList = {
  rows: SessionListRow[];
  /** More sessions match than the list shows (SESSION_LIST_LIMIT): pick a quarter. */
  truncated: boolean;
  /** Sessions per quarter ("2026-Q4"), newest first, over every quarter with a session (topic filter applied). */
  quarterCounts: { quarter: string; count: number }[];
};

export async function listSessions(actor: Actor, filter: { villageCode: string; quarter?: string; topic?: SessionTopic }): Promise<SessionList> {
  assertCan(actor, "session:read");
  const base: Prisma.SocializationSessionWhereInput = { AND: [{ villageCode: filter.villageCode }, villageScope(actor), filter.topic ? { topic: filter.topic } : {}] };
  const quarter = parseQuarter(filter.quarter);
  const range = quarter ? quarterRange(quarter) : null;
  const where: Prisma.SocializationSessionWhereInput = range ? { AND: [base, { heldOn: { gte: range.from, lt: range.until } }] } : base;

  const [found, days] = await Promise.all([
    db.socializationSession.findMany({
      where,
      select: { id: true, heldOn: true, topic: true, title: true, place: true, facilitator: true, otherAttendees: true, _count: { select: { attendance: true } } },
      orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
      take: SESSION_LIST_LIMIT + 1,
    }),
    // A village holds a few sessions a quarter: their dates alone are few rows.
    db.socializationSession.findMany({ where: base, select: { heldOn: true } }),
  ]);

  const counts = new Map<string, number>();
  for (const { heldOn } of days) {
    const key = formatQuarter(quarterOf(heldOn));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return {
    rows: found.slice(0, SESSION_LIST_LIMIT).map(({ _count, ...s }) => ({ ...s, namedAttendees: _count.attendance })),
    truncated: found.length > SESSION_LIST_LIMIT,
    quarterCounts: [...counts.entries()].map(([q, count]) => ({ quarter: q, count })).sort((a, b) => b.quarter.localeCompare(a.quarter)),
  };
}
