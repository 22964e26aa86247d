import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { todayWib } from "@/lib/placements/dates";
import { FieldError } from "@/lib/validation/errors";
import { findScopedGroup } from "../groups/group-access";
import { recordTrainingSchema, type TrainingTopicValue } from "./schemas";

// A training a group received, recorded after it was held, with who attended: memberships of
// this group that were open on that day (joined on or before it, not left before it).

type Meta = { ip?: string | null; now?: Date };

export async function recordTraining(actor: Actor, rawInput: unknown, meta: Meta = {}): Promise<{ id: string; groupId: string }> {
  assertCan(actor, "group:write");
  const { groupId, memberIds: raw, ...fields } = recordTrainingSchema.parse(rawInput);
  const memberIds = [...new Set(raw)];
  if (fields.heldOn.getTime() > todayWib(meta.now).getTime()) throw new FieldError("heldOn", "groups:dateInFuture");
  return db.$transaction(async (tx) => {
    const group = await findScopedGroup(tx, actor, groupId);
    const members = await tx.groupMember.findMany({
      where: { id: { in: memberIds }, groupId, joinedOn: { lte: fields.heldOn }, OR: [{ leftOn: null }, { leftOn: { gte: fields.heldOn } }] },
      select: { id: true },
    });
    if (members.length !== memberIds.length) throw new FieldError("memberIds", "groups:attendeeNotMember");
    const created = await tx.training.create({ data: { groupId, ...fields }, select: { id: true, heldOn: true, topic: true, title: true, givenBy: true } });
    if (memberIds.length > 0) await tx.trainingAttendance.createMany({ data: memberIds.map((memberId) => ({ trainingId: created.id, memberId })) });
    await writeAudit(tx, {
      actor, action: "group.training.create", entity: "Training", entityId: created.id, villageCode: group.villageCode,
      after: { groupId, ...created, memberIds }, ip: meta.ip,
    });
    return { id: created.id, groupId };
  });
}

export type TrainingRow = {
  id: string;
  heldOn: Date;
  topic: TrainingTopicValue;
  title: string;
  givenBy: string;
  attendees: { memberId: string; personId: string; name: string }[];
};

/** A group's trainings, newest first, with who attended. */
export async function listTrainings(actor: Actor, groupId: string): Promise<TrainingRow[]> {
  assertCan(actor, "group:read");
  const group = await findScopedGroup(db, actor, groupId);
  const found = await db.training.findMany({
    where: { groupId: group.id },
    select: {
      id: true, heldOn: true, topic: true, title: true, givenBy: true,
      attendance: { select: { memberId: true, member: { select: { personId: true, person: { select: { name: true } } } } } },
    },
    orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
    take: 200,
  });
  return found.map(({ attendance, ...t }) => ({
    ...t,
    attendees: attendance.map((a) => ({ memberId: a.memberId, personId: a.member.personId, name: a.member.person.name })).sort((a, b) => a.name.localeCompare(b.name, "id")),
  }));
}
