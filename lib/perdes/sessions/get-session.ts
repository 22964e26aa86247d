import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { UUID } from "@/lib/registry/schemas";
import { AUDITED_SESSION_FIELDS, type AuditedSession } from "./session-access";

export type SessionAttendee = { id: string; name: string; sex: "MALE" | "FEMALE"; dusun: string | null; rt: string | null; rw: string | null };
export type SessionDetail = AuditedSession & { villageName: string; attendees: SessionAttendee[] };

/** One session with the registered people who attended (by name), for its page and its attendance list. */
export async function getSession(actor: Actor, id: string): Promise<SessionDetail> {
  assertCan(actor, "session:read");
  if (!UUID.test(id)) throw new NotFoundError("SocializationSession");
  const found = await db.socializationSession.findFirst({
    where: { AND: [{ id }, villageScope(actor)] },
    select: {
      ...AUDITED_SESSION_FIELDS,
      village: { select: { region: { select: { name: true } } } },
      attendance: { select: { person: { select: { id: true, name: true, sex: true, dusun: true, rt: true, rw: true } } } },
    },
  });
  if (!found) throw new NotFoundError("SocializationSession");
  const { village, attendance, ...session } = found;
  const attendees = attendance.map((a) => a.person).sort((a, b) => a.name.localeCompare(b.name, "id") || a.id.localeCompare(b.id));
  return { ...session, villageName: village.region.name, attendees };
}
