import "server-only";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { refreshCurrentPlacement } from "@/lib/placements/refresh-current-placement";
import { maskForAudit } from "@/lib/registry/mask";
import { checkNik } from "@/lib/registry/nik";
import { UUID } from "@/lib/users/uuid";
import { FieldError } from "@/lib/validation/errors";
import { MOVED_LINKS, type MovedModel } from "./linked-tables";
import { columnsFromDuplicate, identityMixed, mergedPerson, type MergeField } from "./merge-fields";

export type MergePeopleInput = {
  keepId: string;
  duplicateId: string;
  /** The versions the confirmation page showed: a record changed since then is not merged. */
  keepVersion: number;
  duplicateVersion: number;
  /** Fields whose value comes from the duplicate; every other field keeps the kept record's value. */
  takeFromDuplicate: readonly MergeField[];
};

export type MergePeopleResult = { keptId: string; duplicateId: string; moved: Record<MovedModel, string[]> };

/** Refusals whose messages live in the privacy catalog (merge.refusals.*). */
export const MERGE_REFUSALS = ["mergeStale", "mergeIdentityMismatch"] as const;

type Mover = (tx: Tx, fromId: string, toId: string) => Promise<string[]>;

// One mover per LINKED_TABLES entry with handling "move" (the type makes a missing one a
// compile error). Each returns the ids it moved, for the audit entry.
const MOVERS = {
  Placement: async (tx, fromId, toId) => {
    const rows = await tx.placement.findMany({ where: { personId: fromId }, select: { id: true }, orderBy: { createdAt: "asc" } });
    await tx.placement.updateMany({ where: { personId: fromId }, data: { personId: toId } });
    return rows.map((r) => r.id);
  },
  CheckIn: async (tx, fromId, toId) => {
    const rows = await tx.checkIn.findMany({ where: { personId: fromId }, select: { id: true }, orderBy: { contactedAt: "asc" } });
    await tx.checkIn.updateMany({ where: { personId: fromId }, data: { personId: toId } });
    return rows.map((r) => r.id);
  },
  Consent: async (tx, fromId, toId) => {
    const rows = await tx.consent.findMany({ where: { personId: fromId }, select: { id: true }, orderBy: { createdAt: "asc" } });
    await tx.consent.updateMany({ where: { personId: fromId }, data: { personId: toId } });
    return rows.map((r) => r.id);
  },
  TransferRequest: async (tx, fromId, toId) => {
    const rows = await tx.transferRequest.findMany({ where: { personId: fromId }, select: { id: true }, orderBy: { createdAt: "asc" } });
    await tx.transferRequest.updateMany({ where: { personId: fromId }, data: { personId: toId } });
    return rows.map((r) => r.id);
  },
  Case: async (tx, fromId, toId) => {
    const rows = await tx.case.findMany({ where: { personId: fromId }, select: { id: true }, orderBy: { reportedAt: "asc" } });
    await tx.case.updateMany({ where: { personId: fromId }, data: { personId: toId } });
    return rows.map((r) => r.id);
  },
  // The key is (session, person): a session both people attended keeps one attendance.
  SessionAttendance: async (tx, fromId, toId) => {
    const rows = await tx.sessionAttendance.findMany({ where: { personId: fromId }, select: { sessionId: true }, orderBy: { createdAt: "asc" } });
    await tx.$executeRaw`
      INSERT INTO "SessionAttendance" ("sessionId", "personId", "createdAt")
      SELECT "sessionId", ${toId}::uuid, "createdAt" FROM "SessionAttendance" WHERE "personId" = ${fromId}::uuid
      ON CONFLICT DO NOTHING`;
    await tx.sessionAttendance.deleteMany({ where: { personId: fromId } });
    return rows.map((r) => r.sessionId);
  },
  // One open membership per person and group: when both are members of the same group, the
  // duplicate's open membership ends the day of the merge (the kept one continues).
  GroupMember: async (tx, fromId, toId) => {
    const rows = await tx.groupMember.findMany({ where: { personId: fromId }, select: { id: true, groupId: true, leftOn: true }, orderBy: { joinedOn: "asc" } });
    const keptOpen = new Set((await tx.groupMember.findMany({ where: { personId: toId, leftOn: null }, select: { groupId: true } })).map((m) => m.groupId));
    const today = new Date(new Date().toISOString().slice(0, 10));
    for (const m of rows) {
      if (m.leftOn === null && keptOpen.has(m.groupId)) await tx.groupMember.update({ where: { id: m.id }, data: { leftOn: today, leaveReason: "merge" } });
    }
    await tx.groupMember.updateMany({ where: { personId: fromId }, data: { personId: toId } });
    return rows.map((r) => r.id);
  },
} satisfies Record<MovedModel, Mover>;

/**
 * Merges a duplicate record into the record kept, in ONE transaction: every record linked to
 * the duplicate (LINKED_TABLES) moves to the kept person, the kept person takes the chosen
 * fields, its current-placement columns are rebuilt, the duplicate is deleted, and one audit
 * entry "person.merge" holds both records as they were and the ids of what moved. Any failure
 * rolls all of it back: both records stay as they were.
 */
export async function mergePeople(actor: Actor, input: MergePeopleInput, meta: { ip?: string | null } = {}): Promise<MergePeopleResult> {
  assertCan(actor, "person:merge");
  const { keepId, duplicateId } = input;
  if (!UUID.test(keepId) || !UUID.test(duplicateId) || keepId === duplicateId) throw new NotFoundError("Person");

  return db.$transaction(async (tx) => {
    // Lock both rows first: nobody can edit them, or link a new record to the duplicate
    // (a foreign key takes a share lock on the row), until this merge commits.
    await tx.$queryRaw`SELECT id FROM "Person" WHERE id IN (${keepId}::uuid, ${duplicateId}::uuid) ORDER BY id FOR UPDATE`;
    const found = await tx.person.findMany({ where: { AND: [{ id: { in: [keepId, duplicateId] } }, villageScope(actor)] } });
    const kept = found.find((p) => p.id === keepId);
    const duplicate = found.find((p) => p.id === duplicateId);
    if (!kept || !duplicate || kept.villageCode !== duplicate.villageCode) throw new NotFoundError("Person");
    if (kept.version !== input.keepVersion || duplicate.version !== input.duplicateVersion) throw new FieldError("_form", "mergeStale");

    const take = [...new Set(input.takeFromDuplicate)];
    const merged = mergedPerson(kept, duplicate, take);
    if (identityMixed(take) && checkNik(merged.nik, merged.birthDate, merged.sex)) throw new FieldError("nik", "mergeIdentityMismatch");

    const moved = {} as Record<MovedModel, string[]>;
    for (const link of MOVED_LINKS) moved[link.model] = await MOVERS[link.model](tx, duplicateId, keepId);

    // The duplicate goes before the kept record takes its values: the NIK is unique.
    await tx.person.delete({ where: { id: duplicateId } });
    const updated = await tx.person.updateMany({
      where: { id: keepId, version: kept.version },
      // The chosen values come from a Person row, so they fit its columns.
      data: { ...(columnsFromDuplicate(duplicate, take) as Prisma.PersonUncheckedUpdateManyInput), version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new FieldError("_form", "mergeStale");
    await refreshCurrentPlacement(tx, keepId);
    const after = await tx.person.findUniqueOrThrow({ where: { id: keepId } });

    // Both records whole, as they were, so a wrong merge can be undone by hand; NIK, passport
    // and health notes masked like every person entry (admins and BP3MI staff read the log).
    const keptSnapshots = maskForAudit(plain(kept), plain(after));
    const duplicateSnapshot = maskForAudit(plain(duplicate), null).before;
    await writeAudit(tx, {
      actor,
      action: "person.merge",
      entity: "Person",
      entityId: keepId,
      villageCode: kept.villageCode,
      before: { kept: keptSnapshots.before, duplicate: duplicateSnapshot },
      after: { kept: keptSnapshots.after, duplicateId, takenFromDuplicate: take, moved },
      ip: meta.ip,
    });
    return { keptId: keepId, duplicateId, moved };
  });
}

/** A record as JSON (dates as ISO strings), the way the audit log stores it. */
function plain(record: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
}
