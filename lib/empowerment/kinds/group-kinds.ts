import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { FieldError } from "@/lib/validation/errors";
import { createGroupKindSchema, renameGroupKindSchema, setGroupKindActiveSchema } from "./schemas";

// The kinds of group (reference data, decision 026): the migration's defaults, then admins add,
// rename and deactivate (a deactivated kind stays on the groups that have it; new groups cannot
// choose it). Reading the active kinds is open to anyone who may read groups.

type Meta = { ip?: string | null };
export type GroupKindRow = { code: string; nameId: string; nameEn: string; active: boolean; sortOrder: number; groups: number };

/** The kinds for a form's select: the active ones, in the list's order. */
export async function listActiveGroupKinds(): Promise<{ code: string; nameId: string; nameEn: string }[]> {
  return db.groupKind.findMany({ where: { active: true }, select: { code: true, nameId: true, nameEn: true }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }] });
}

/** Every kind, for the admin's page and the list filter. */
export async function listGroupKinds(): Promise<GroupKindRow[]> {
  const found = await db.groupKind.findMany({
    select: { code: true, nameId: true, nameEn: true, active: true, sortOrder: true, _count: { select: { groups: true } } },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
  });
  return found.map(({ _count, ...k }) => ({ ...k, groups: _count.groups }));
}

export async function createGroupKind(actor: Actor, rawInput: unknown, meta: Meta = {}): Promise<{ code: string }> {
  assertCan(actor, "group-kind:write");
  const fields = createGroupKindSchema.parse(rawInput);
  return db.$transaction(async (tx) => {
    if (await tx.groupKind.findUnique({ where: { code: fields.code }, select: { code: true } })) throw new FieldError("code", "groups:kindCodeTaken");
    const last = await tx.groupKind.aggregate({ _max: { sortOrder: true } });
    const created = await tx.groupKind.create({ data: { ...fields, sortOrder: (last._max.sortOrder ?? 0) + 10 } });
    await writeAudit(tx, { actor, action: "group-kind.create", entity: "GroupKind", entityId: created.code, after: created, ip: meta.ip });
    return { code: created.code };
  });
}

export async function renameGroupKind(actor: Actor, rawInput: unknown, meta: Meta = {}): Promise<{ code: string }> {
  assertCan(actor, "group-kind:write");
  const { code, ...names } = renameGroupKindSchema.parse(rawInput);
  return db.$transaction(async (tx) => {
    const before = await tx.groupKind.findUnique({ where: { code }, select: { nameId: true, nameEn: true } });
    if (!before) throw new FieldError("_form", "groups:unknownKind");
    await tx.groupKind.update({ where: { code }, data: names });
    await writeAudit(tx, { actor, action: "group-kind.rename", entity: "GroupKind", entityId: code, before, after: names, ip: meta.ip });
    return { code };
  });
}

export async function setGroupKindActive(actor: Actor, rawInput: unknown, meta: Meta = {}): Promise<{ code: string; active: boolean }> {
  assertCan(actor, "group-kind:write");
  const { code, active } = setGroupKindActiveSchema.parse(rawInput);
  return db.$transaction(async (tx) => {
    const before = await tx.groupKind.findUnique({ where: { code }, select: { active: true } });
    if (!before) throw new FieldError("_form", "groups:unknownKind");
    await tx.groupKind.update({ where: { code }, data: { active } });
    await writeAudit(tx, { actor, action: active ? "group-kind.activate" : "group-kind.deactivate", entity: "GroupKind", entityId: code, before, after: { active }, ip: meta.ip });
    return { code, active };
  });
}
