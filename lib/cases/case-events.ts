import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/authz";

/**
 * What each timeline entry's `data` holds, so the timeline can say it without another query.
 * Status changes and reopenings are written by takeStep; the others by their data functions.
 */
export type CaseEventData = {
  ATTACHMENT: { attachmentId: string; fileName: string; mimeType: string; size: number };
  REFERRAL: { referralId: string; agency: string; countryCode?: string | null; agencyName?: string | null; change: "created" | "updated" };
  CLAIM: { claimId: string; kind: string; currency: string; amountClaimed: string; amountRecovered: string; change: "created" | "updated" };
  MEDIATION: { mediationId: string; outcome: "AGREED" | "NOT_AGREED"; heldOn: string };
  ASSIGNED: { handlerId: string | null; handlerName: string | null };
  NOTE: Record<string, never>;
};

export type SideEventKind = keyof CaseEventData;

/** Appends one timeline entry in the caller's transaction (the audit entry is the caller's). */
export async function addCaseEvent<K extends SideEventKind>(
  tx: Tx,
  actor: Pick<Actor, "id" | "name">,
  caseId: string,
  event: { kind: K; data?: CaseEventData[K]; text?: string | null; shareable?: boolean; at?: Date },
): Promise<void> {
  await tx.caseEvent.create({
    data: {
      caseId,
      kind: event.kind,
      at: event.at ?? new Date(),
      actorId: actor.id,
      actorName: actor.name,
      text: event.text?.trim() || null,
      shareable: event.shareable ?? false,
      data: (event.data ?? undefined) as Prisma.InputJsonValue | undefined,
    },
  });
}
