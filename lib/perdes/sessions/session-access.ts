import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";
import { NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { UUID } from "@/lib/registry/schemas";

// Shared by the session data functions: the fields an audit entry records, and the lookup
// every read and write of one session starts with.

export const AUDITED_SESSION_FIELDS = {
  id: true,
  villageCode: true,
  heldOn: true,
  topic: true,
  title: true,
  place: true,
  facilitator: true,
  otherAttendees: true,
  notes: true,
  version: true,
} as const satisfies Prisma.SocializationSessionSelect;

export type AuditedSession = Prisma.SocializationSessionGetPayload<{ select: typeof AUDITED_SESSION_FIELDS }>;

/** The session if it is in the actor's villages; otherwise NotFound (its existence stays hidden). */
export async function findScopedSession(tx: Tx, actor: Actor, id: string): Promise<AuditedSession> {
  if (!UUID.test(id)) throw new NotFoundError("SocializationSession");
  const session = await tx.socializationSession.findFirst({ where: { AND: [{ id }, villageScope(actor)] }, select: AUDITED_SESSION_FIELDS });
  if (!session) throw new NotFoundError("SocializationSession");
  return session;
}
