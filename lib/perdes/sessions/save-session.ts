import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, ForbiddenError, villageScope, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { todayWib } from "@/lib/placements/dates";
import { FieldError } from "@/lib/validation/errors";
import { AUDITED_SESSION_FIELDS, findScopedSession } from "./session-access";
import { createSessionSchema, deleteSessionSchema, updateSessionSchema } from "./schemas";

// Recording a prevention session (sosialisasi) of the actor's village: organizers and
// officials (session:write). A session is recorded after it was held, so its date is not
// in the future (WIB calendar days).

type Meta = { ip?: string | null; now?: Date };

function assertHeld(heldOn: Date, now: Date | undefined): void {
  if (heldOn.getTime() > todayWib(now).getTime()) throw new FieldError("heldOn", "perdes:sessionInFuture");
}

export async function createSession(actor: Actor, rawInput: unknown, meta: Meta = {}): Promise<{ id: string }> {
  assertCan(actor, "session:write");
  const fields = createSessionSchema.parse(rawInput);
  // session:write is a village role's: the village is the actor's own, never an input.
  const villageCode = actor.villageCode;
  if (!villageCode) throw new ForbiddenError("session:write");
  assertHeld(fields.heldOn, meta.now);
  return db.$transaction(async (tx) => {
    const created = await tx.socializationSession.create({ data: { ...fields, villageCode, createdById: actor.id }, select: AUDITED_SESSION_FIELDS });
    await writeAudit(tx, { actor, action: "session.create", entity: "SocializationSession", entityId: created.id, villageCode, after: created, ip: meta.ip });
    return { id: created.id };
  });
}

/** Saves a session's details; the form carries the version it was loaded with. */
export async function updateSession(actor: Actor, rawInput: unknown, meta: Meta = {}): Promise<{ id: string; version: number }> {
  assertCan(actor, "session:write");
  const { id, version, ...fields } = updateSessionSchema.parse(rawInput);
  return db.$transaction(async (tx) => {
    const before = await findScopedSession(tx, actor, id);
    if (before.version !== version) throw new FieldError("_form", "perdes:versionConflict");
    assertHeld(fields.heldOn, meta.now);
    const { count } = await tx.socializationSession.updateMany({
      where: { AND: [{ id, version }, villageScope(actor)] },
      data: { ...fields, version: { increment: 1 } },
    });
    if (count === 0) throw new FieldError("_form", "perdes:versionConflict");
    const after = await tx.socializationSession.findUniqueOrThrow({ where: { id }, select: AUDITED_SESSION_FIELDS });
    await writeAudit(tx, { actor, action: "session.update", entity: "SocializationSession", entityId: id, villageCode: after.villageCode, before, after, ip: meta.ip });
    return { id, version: after.version };
  });
}

/** Deletes a session recorded by mistake, with its attendance, after "I am sure". */
export async function deleteSession(actor: Actor, rawInput: unknown, meta: Meta = {}): Promise<{ villageCode: string }> {
  assertCan(actor, "session:write");
  const { id, version } = deleteSessionSchema.parse(rawInput);
  return db.$transaction(async (tx) => {
    const before = await findScopedSession(tx, actor, id);
    if (before.version !== version) throw new FieldError("_form", "perdes:versionConflict");
    const attendance = await tx.sessionAttendance.findMany({ where: { sessionId: id }, select: { personId: true } });
    await tx.sessionAttendance.deleteMany({ where: { sessionId: id } });
    const { count } = await tx.socializationSession.deleteMany({ where: { AND: [{ id, version }, villageScope(actor)] } });
    if (count === 0) throw new FieldError("_form", "perdes:versionConflict");
    await writeAudit(tx, {
      actor,
      action: "session.delete",
      entity: "SocializationSession",
      entityId: id,
      villageCode: before.villageCode,
      before: { ...before, attendeeIds: attendance.map((a) => a.personId) },
      after: null,
      ip: meta.ip,
    });
    return { villageCode: before.villageCode };
  });
}
