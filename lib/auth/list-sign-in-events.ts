import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, type Actor } from "@/lib/authz";
import { decodeTimeCursor, encodeTimeCursor, olderThan, wibDayRange } from "@/lib/audit/history-query";

export const SIGN_IN_EVENTS_PAGE_SIZE = 50;
export const SIGN_IN_OUTCOMES = ["SUCCESS", "FAILURE", "LOCKED"] as const;

// GET parameters of the sign-in history page; what does not parse is ignored.
export const signInEventsQuerySchema = z.object({
  email: z.string().trim().max(254).optional().catch(undefined).transform((s) => s || undefined).optional(),
  outcome: z.enum(SIGN_IN_OUTCOMES).optional().catch(undefined),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  cursor: z.string().max(100).optional().catch(undefined),
});
export type SignInEventsQuery = z.output<typeof signInEventsQuerySchema>;

export type SignInEventRow = Awaited<ReturnType<typeof listSignInEvents>>["rows"][number];

/**
 * Sign-in attempts, newest first, keyset-paged on (at, id). They belong to no village (an
 * attempt may name an e-mail that does not exist), so only the permission limits them.
 */
export async function listSignInEvents(actor: Actor, query: SignInEventsQuery, pageSize = SIGN_IN_EVENTS_PAGE_SIZE) {
  assertCan(actor, "signin-event:read");
  const filters: Prisma.SignInAttemptWhereInput[] = [];
  if (query.email) filters.push({ email: { contains: query.email, mode: "insensitive" } });
  if (query.outcome) filters.push({ outcome: query.outcome });
  const at = wibDayRange(query.from, query.to);
  if (at) filters.push({ at });
  const cursor = decodeTimeCursor(query.cursor);
  if (cursor) filters.push(olderThan(cursor));

  const found = await db.signInAttempt.findMany({
    where: { AND: filters },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    select: { id: true, at: true, email: true, ip: true, outcome: true, userAgent: true, userId: true },
  });
  const rows = found.slice(0, pageSize);
  const last = rows[rows.length - 1];
  const nextCursor = found.length > pageSize && last ? encodeTimeCursor({ at: last.at, id: last.id }) : null;
  return { rows, nextCursor };
}
