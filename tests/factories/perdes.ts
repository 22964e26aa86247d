// Perdes records for tests, the demo seed and e2e fixtures (issue 7), inserted straight
// through Prisma. Framework-free: pass any PrismaClient.
import type { PrismaClient, SessionTopic, SocializationSession, VillageLetter } from "../../lib/db/generated/client";
import { formatLetterNumber, generateLetterCode, initialsOf } from "../../lib/perdes/letter-number";
import { ensureVillage } from "./villages";

type Db = Pick<PrismaClient, "villageLetter" | "villageLetterCounter" | "socializationSession" | "sessionAttendance" | "placement" | "person" | "region" | "village">;

/** A letter for a placement, numbered from the village's counter; `revoked` gives it a reason. */
export async function createTestLetter(
  db: Db,
  opts: { placementId: string; issuedAt?: Date; issuedById?: string | null; revoked?: { at?: Date; reason: string; byId?: string | null }; shortCode?: string; letterCode?: string },
): Promise<VillageLetter> {
  const placement = await db.placement.findUniqueOrThrow({ where: { id: opts.placementId }, select: { villageCode: true, person: { select: { name: true } } } });
  const issuedAt = opts.issuedAt ?? new Date();
  const year = issuedAt.getUTCFullYear();
  const counter = await db.villageLetterCounter.upsert({
    where: { villageCode_year: { villageCode: placement.villageCode, year } },
    create: { villageCode: placement.villageCode, year, last: 1 },
    update: { last: { increment: 1 } },
  });
  return db.villageLetter.create({
    data: {
      villageCode: placement.villageCode,
      placementId: opts.placementId,
      year,
      seq: counter.last,
      number: formatLetterNumber(counter.last, opts.letterCode ?? "DS-UJI", issuedAt.getUTCMonth() + 1, year),
      shortCode: opts.shortCode ?? generateLetterCode(),
      workerInitials: initialsOf(placement.person.name),
      issuedAt,
      issuedById: opts.issuedById ?? null,
      revokedAt: opts.revoked ? (opts.revoked.at ?? new Date()) : null,
      revokeReason: opts.revoked?.reason ?? null,
      revokedById: opts.revoked?.byId ?? null,
    },
  });
}

/** A prevention session of a village, with the registered people who attended. */
export async function createTestSession(
  db: Db,
  opts: { villageCode: string; heldOn: Date; topic?: SessionTopic; title?: string; attendeeIds?: string[]; otherAttendees?: number },
): Promise<SocializationSession> {
  await ensureVillage(db, opts.villageCode);
  const session = await db.socializationSession.create({
    data: {
      villageCode: opts.villageCode,
      heldOn: opts.heldOn,
      topic: opts.topic ?? "SAFE_MIGRATION",
      title: opts.title ?? "Sosialisasi migrasi aman",
      otherAttendees: opts.otherAttendees ?? 0,
    },
  });
  for (const personId of opts.attendeeIds ?? []) await db.sessionAttendance.create({ data: { sessionId: session.id, personId } });
  return session;
}
