import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { assertCan, NotFoundError, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { FieldError } from "@/lib/validation/errors";
import { findScopedSession } from "./session-access";
import { addAttendeeSchema, removeAttendeeSchema } from "./schemas";

// Who attended a session, by person of the registry. Only people of the session's own
// village can be added; the attendance list (daftar hadir) is signed by them.

type Meta = { ip?: string | null };

export async function addAttendee(actor: Actor, rawInput: unknown, meta: Meta = {}): Promise<{ sessionId: string }> {
  assertCan(actor, "session:write");
  const { sessionId, personId } = addAttendeeSchema.parse(rawInput);
  try {
    return await db.$transaction(async (tx) => {
      const session = await findScopedSession(tx, actor, sessionId);
      // The same answer whether the person lives elsewhere or does not exist at all.
      const person = await tx.person.findFirst({ where: { id: personId, villageCode: session.villageCode }, select: { id: true } });
      if (!person) throw new FieldError("personId", "perdes:attendeeNotOfVillage");
      const already = await tx.sessionAttendance.findUnique({ where: { sessionId_personId: { sessionId, personId } }, select: { personId: true } });
      if (already) throw new FieldError("personId", "perdes:attendeeAlready");
      await tx.sessionAttendance.create({ data: { sessionId, personId } });
      await writeAudit(tx, { actor, action: "session.attendee.add", entity: "SocializationSession", entityId: sessionId, villageCode: session.villageCode, after: { personId }, ip: meta.ip });
      return { sessionId };
    });
  } catch (error) {
    // Added twice at the same moment: the primary key answers.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new FieldError("personId", "perdes:attendeeAlready");
    throw error;
  }
}

export async function removeAttendee(actor: Actor, rawInput: unknown, meta: Meta = {}): Promise<{ sessionId: string }> {
  assertCan(actor, "session:write");
  const { sessionId, personId } = removeAttendeeSchema.parse(rawInput);
  return db.$transaction(async (tx) => {
    const session = await findScopedSession(tx, actor, sessionId);
    const { count } = await tx.sessionAttendance.deleteMany({ where: { sessionId, personId } });
    if (count === 0) throw new NotFoundError("SessionAttendance");
    await writeAudit(tx, { actor, action: "session.attendee.remove", entity: "SocializationSession", entityId: sessionId, villageCode: session.villageCode, before: { personId }, after: null, ip: meta.ip });
    return { sessionId };
  });
}
