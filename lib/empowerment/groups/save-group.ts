import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { assertCan, ForbiddenError, villageScope, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { todayWib } from "@/lib/placements/dates";
import { FieldError } from "@/lib/validation/errors";
import { AUDITED_GROUP_FIELDS, findScopedGroup } from "./group-access";
import { createGroupSchema, updateGroupSchema, type CreateGroupInput } from "./schemas";

// Creating and editing a business group of the actor's village (group:write: organizers and
// officials). The name is unique in the village (a unique index answers a race), the kind is
// an active one of the admin's list, the cooperative is of the same village.

type Meta = { ip?: string | null; now?: Date };

async function checkFields(tx: Tx, villageCode: string, fields: CreateGroupInput, now: Date | undefined, keepKind?: string): Promise<void> {
  if (fields.foundedOn && fields.foundedOn.getTime() > todayWib(now).getTime()) throw new FieldError("foundedOn", "groups:dateInFuture");
  // An edit may keep a kind the admin has since deactivated; a new choice must be active.
  const kind = await tx.groupKind.findUnique({ where: { code: fields.kindCode }, select: { active: true } });
  if (!kind || (!kind.active && fields.kindCode !== keepKind)) throw new FieldError("kindCode", "groups:unknownKind");
  if (fields.cooperativeId) {
    const coop = await tx.cooperative.findFirst({ where: { id: fields.cooperativeId, villageCode }, select: { id: true } });
    if (!coop) throw new FieldError("cooperativeId", "groups:unknownCooperative");
  }
}

function nameTaken(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function createGroup(actor: Actor, rawInput: unknown, meta: Meta = {}): Promise<{ id: string }> {
  assertCan(actor, "group:write");
  const fields = createGroupSchema.parse(rawInput);
  // group:write is a village role's: the village is the actor's own, never an input.
  const villageCode = actor.villageCode;
  if (!villageCode) throw new ForbiddenError("group:write");
  try {
    return await db.$transaction(async (tx) => {
      await checkFields(tx, villageCode, fields, meta.now);
      const taken = await tx.businessGroup.findFirst({ where: { villageCode, name: { equals: fields.name, mode: "insensitive" } }, select: { id: true } });
      if (taken) throw new FieldError("name", "groups:nameTaken");
      const created = await tx.businessGroup.create({ data: { ...fields, villageCode, createdById: actor.id }, select: AUDITED_GROUP_FIELDS });
      await writeAudit(tx, { actor, action: "group.create", entity: "BusinessGroup", entityId: created.id, villageCode, after: created, ip: meta.ip });
      return { id: created.id };
    });
  } catch (error) {
    if (nameTaken(error)) throw new FieldError("name", "groups:nameTaken");
    throw error;
  }
}

/** Saves a group's details; the form carries the version it was loaded with. */
export async function updateGroup(actor: Actor, rawInput: unknown, meta: Meta = {}): Promise<{ id: string; version: number }> {
  assertCan(actor, "group:write");
  const { id, version, ...fields } = updateGroupSchema.parse(rawInput);
  try {
    return await db.$transaction(async (tx) => {
      const before = await findScopedGroup(tx, actor, id);
      if (before.version !== version) throw new FieldError("_form", "groups:versionConflict");
      await checkFields(tx, before.villageCode, fields, meta.now, before.kindCode);
      const taken = await tx.businessGroup.findFirst({ where: { villageCode: before.villageCode, name: { equals: fields.name, mode: "insensitive" }, id: { not: id } }, select: { id: true } });
      if (taken) throw new FieldError("name", "groups:nameTaken");
      const { count } = await tx.businessGroup.updateMany({ where: { AND: [{ id, version }, villageScope(actor)] }, data: { ...fields, version: { increment: 1 } } });
      if (count === 0) throw new FieldError("_form", "groups:versionConflict");
      const after = await tx.businessGroup.findUniqueOrThrow({ where: { id }, select: AUDITED_GROUP_FIELDS });
      await writeAudit(tx, { actor, action: "group.update", entity: "BusinessGroup", entityId: id, villageCode: after.villageCode, before, after, ip: meta.ip });
      return { id, version: after.version };
    });
  } catch (error) {
    if (nameTaken(error)) throw new FieldError("name", "groups:nameTaken");
    throw error;
  }
}
