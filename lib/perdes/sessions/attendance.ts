import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { UUID } from "@/lib/registry/schemas";
import type { SessionTopic } from "./schemas";

// What the rest of the portal asks about a person's prevention sessions: the sessions they
// attended (for their page) and whether they attended a safe-migration session (for the
// pre-departure checklist, decision 022: "attendance at a safe-migration session").

export type AttendedSession = { id: string; heldOn: Date; topic: SessionTopic; title: string; villageCode: string };

const ATTENDED_SELECT = { id: true, heldOn: true, topic: true, title: true, villageCode: true } as const;

/**
 * The sessions a person of the actor's villages attended, newest first. A person outside the
 * actor's scope is NotFound; sessions outside it are left out.
 */
export async function listSessionAttendanceOf(actor: Actor, personId: string): Promise<AttendedSession[]> {
  assertCan(actor, "session:read");
  if (!UUID.test(personId)) throw new NotFoundError("Person");
  const person = await db.person.findFirst({ where: { AND: [{ id: personId }, villageScope(actor)] }, select: { id: true } });
  if (!person) throw new NotFoundError("Person");
  const rows = await db.sessionAttendance.findMany({
    where: { personId, session: villageScope(actor) },
    select: { session: { select: ATTENDED_SELECT } },
    orderBy: [{ session: { heldOn: "desc" } }, { createdAt: "desc" }],
  });
  return rows.map((r) => r.session);
}

type AttendanceReader = Pick<Tx, "sessionAttendance">;

/**
 * The latest safe-migration session (topic SAFE_MIGRATION) the person attended, held on or
 * before `onOrBefore` when given (e.g. the departure day); null when none. Not scoped: the
 * caller has already found the person (or placement) in the actor's scope, usually in the
 * same transaction, and passes it (`tx`) or `db`.
 */
export async function latestSafeMigrationSession(
  tx: AttendanceReader,
  personId: string,
  opts: { onOrBefore?: Date } = {},
): Promise<AttendedSession | null> {
  const row = await tx.sessionAttendance.findFirst({
    where: { personId, session: { topic: "SAFE_MIGRATION", ...(opts.onOrBefore ? { heldOn: { lte: opts.onOrBefore } } : {}) } },
    select: { session: { select: ATTENDED_SELECT } },
    orderBy: [{ session: { heldOn: "desc" } }, { createdAt: "desc" }],
  });
  return row?.session ?? null;
}

/** True when the person attended a safe-migration session (on or before `onOrBefore`, when given). See latestSafeMigrationSession. */
export async function hasAttendedSafeMigration(tx: AttendanceReader, personId: string, opts: { onOrBefore?: Date } = {}): Promise<boolean> {
  return (await latestSafeMigrationSession(tx, personId, opts)) !== null;
}
