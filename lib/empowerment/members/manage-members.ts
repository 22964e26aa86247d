import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { todayWib } from "@/lib/placements/dates";
import { UUID } from "@/lib/registry/schemas";
import { FieldError } from "@/lib/validation/errors";
import { findScopedGroup } from "../groups/group-access";
import { addMembersSchema, changeRoleSchema, leaveMemberSchema, type GroupRoleValue } from "./schemas";

// Memberships of a group: people of the group's own village, from the registry (decision 026).
// Leaving closes the period and keeps the row (history); joining again is a new row. A group
// has at most one open leader: changing the leader is two steps (the old leader becomes a
// member, then the new one becomes leader), and a second leader is refused with that advice.

type Meta = { ip?: string | null; now?: Date };

function assertNotFuture(day: Date, field: string, now: Date | undefined): void {
  if (day.getTime() > todayWib(now).getTime()) throw new FieldError(field, "groups:dateInFuture");
}

async function assertNoOtherLeader(tx: Tx, groupId: string, exceptMemberId?: string): Promise<void> {
  const leader = await tx.groupMember.findFirst({ where: { groupId, leftOn: null, role: "LEADER", ...(exceptMemberId ? { id: { not: exceptMemberId } } : {}) }, select: { id: true } });
  if (leader) throw new FieldError("role", "groups:leaderExists");
}

/** Adds one or several people of the group's village with one role and joining day. All or nothing. */
export async function addMembers(actor: Actor, rawInput: unknown, meta: Meta = {}): Promise<{ groupId: string; added: number }> {
  assertCan(actor, "group:write");
  const input = addMembersSchema.parse(rawInput);
  const { groupId, role, joinedOn } = input;
  const personIds = [...new Set(input.personIds)];
  assertNotFuture(joinedOn, "joinedOn", meta.now);
  if (role === "LEADER" && personIds.length > 1) throw new FieldError("role", "groups:oneLeader");
  try {
    return await db.$transaction(async (tx) => {
      const group = await findScopedGroup(tx, actor, groupId);
      // The same answer whether a person lives elsewhere or does not exist at all.
      const people = await tx.person.findMany({ where: { id: { in: personIds }, villageCode: group.villageCode }, select: { id: true } });
      if (people.length !== personIds.length) throw new FieldError("personIds", "groups:personNotOfVillage");
      const open = await tx.groupMember.findMany({ where: { groupId, personId: { in: personIds }, leftOn: null }, select: { id: true } });
      if (open.length > 0) throw new FieldError("personIds", "groups:alreadyMember");
      if (role === "LEADER") await assertNoOtherLeader(tx, groupId);
      const created = await tx.groupMember.createManyAndReturn({
        data: personIds.map((personId) => ({ groupId, personId, role, joinedOn })),
        select: { id: true, personId: true, role: true, joinedOn: true },
      });
      for (const m of created) {
        await writeAudit(tx, { actor, action: "group.member.add", entity: "GroupMember", entityId: m.id, villageCode: group.villageCode, after: { groupId, ...m }, ip: meta.ip });
      }
      return { groupId, added: created.length };
    });
  } catch (error) {
    // Added twice at the same moment: the partial unique index on open memberships answers.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new FieldError("personIds", "groups:alreadyMember");
    throw error;
  }
}

/** The membership if its group is in the actor's villages; otherwise NotFound. */
async function findScopedMember(tx: Tx, actor: Actor, memberId: string) {
  if (!UUID.test(memberId)) throw new NotFoundError("GroupMember");
  const member = await tx.groupMember.findFirst({
    where: { id: memberId, group: villageScope(actor) },
    select: { id: true, groupId: true, personId: true, role: true, joinedOn: true, leftOn: true, leaveReason: true, version: true, group: { select: { villageCode: true } } },
  });
  if (!member) throw new NotFoundError("GroupMember");
  return member;
}

/** Closes an open membership: the left day is on or after the joining day and not in the future. */
export async function leaveMember(actor: Actor, rawInput: unknown, meta: Meta = {}): Promise<{ groupId: string }> {
  assertCan(actor, "group:write");
  const { memberId, version, leftOn, leaveReason } = leaveMemberSchema.parse(rawInput);
  assertNotFuture(leftOn, "leftOn", meta.now);
  return db.$transaction(async (tx) => {
    const { group, ...before } = await findScopedMember(tx, actor, memberId);
    if (before.leftOn) throw new FieldError("_form", "groups:alreadyLeft");
    if (before.version !== version) throw new FieldError("_form", "groups:versionConflict");
    if (leftOn.getTime() < before.joinedOn.getTime()) throw new FieldError("leftOn", "groups:leftBeforeJoined");
    const { count } = await tx.groupMember.updateMany({ where: { id: memberId, version, leftOn: null }, data: { leftOn, leaveReason, version: { increment: 1 } } });
    if (count === 0) throw new FieldError("_form", "groups:versionConflict");
    await writeAudit(tx, {
      actor, action: "group.member.leave", entity: "GroupMember", entityId: memberId, villageCode: group.villageCode,
      before: { leftOn: null, leaveReason: before.leaveReason }, after: { leftOn, leaveReason }, ip: meta.ip,
    });
    return { groupId: before.groupId };
  });
}

/** Changes the role of an open membership; a second open leader is refused. */
export async function changeMemberRole(actor: Actor, rawInput: unknown, meta: Meta = {}): Promise<{ groupId: string; role: GroupRoleValue }> {
  assertCan(actor, "group:write");
  const { memberId, version, role } = changeRoleSchema.parse(rawInput);
  return db.$transaction(async (tx) => {
    const { group, ...before } = await findScopedMember(tx, actor, memberId);
    if (before.leftOn) throw new FieldError("_form", "groups:alreadyLeft");
    if (before.version !== version) throw new FieldError("_form", "groups:versionConflict");
    if (role === "LEADER") await assertNoOtherLeader(tx, before.groupId, memberId);
    const { count } = await tx.groupMember.updateMany({ where: { id: memberId, version, leftOn: null }, data: { role, version: { increment: 1 } } });
    if (count === 0) throw new FieldError("_form", "groups:versionConflict");
    await writeAudit(tx, { actor, action: "group.member.role", entity: "GroupMember", entityId: memberId, villageCode: group.villageCode, before: { role: before.role }, after: { role }, ip: meta.ip });
    return { groupId: before.groupId, role };
  });
}
