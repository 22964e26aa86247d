import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { FieldError } from "@/lib/validation/errors";
import { SORT_STEP } from "../default-template";
import { ensureVillageTemplate } from "./ensure-village-template";
import { addChecklistItemSchema, updateChecklistItemSchema, type AddChecklistItemInput, type UpdateChecklistItemInput } from "./schemas";

// Edits of a village's checklist template by its officials (checklist-template:write). A
// placement's checks are copies, so an edit changes only checks started after it.

const AUDITED = { id: true, villageCode: true, kind: true, label: true, legalBasis: true, articleId: true, mandatory: true, active: true, sortOrder: true, version: true } as const;

/** An article may only come from one of the village's own regulations. */
async function assertVillageArticle(tx: Tx, villageCode: string, articleId: string | null): Promise<void> {
  if (!articleId) return;
  const article = await tx.villageRegulationArticle.findFirst({ where: { id: articleId, regulation: { villageCode } }, select: { id: true } });
  if (!article) throw new FieldError("articleId", "invalidChoice");
}

export async function updateChecklistItem(actor: Actor, rawInput: UpdateChecklistItemInput, meta: { ip?: string | null } = {}): Promise<{ id: string; version: number }> {
  const input = updateChecklistItemSchema.parse(rawInput);
  assertCan(actor, "checklist-template:write");
  return db.$transaction(async (tx) => {
    const before = await tx.villageChecklistItem.findFirst({ where: { AND: [{ id: input.id }, villageScope(actor)] }, select: AUDITED });
    if (!before) throw new NotFoundError("VillageChecklistItem");
    if (before.version !== input.version) throw new FieldError("_form", "verification:versionConflict");
    await assertVillageArticle(tx, before.villageCode, input.articleId);
    const { count } = await tx.villageChecklistItem.updateMany({
      where: { id: before.id, version: input.version },
      data: {
        label: input.label,
        legalBasis: input.legalBasis,
        articleId: input.articleId,
        mandatory: input.mandatory,
        active: input.active,
        sortOrder: input.sortOrder,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new FieldError("_form", "verification:versionConflict");
    const after = await tx.villageChecklistItem.findUniqueOrThrow({ where: { id: before.id }, select: AUDITED });
    await writeAudit(tx, { actor, action: "checklist-item.update", entity: "VillageChecklistItem", entityId: after.id, villageCode: after.villageCode, before, after, ip: meta.ip });
    return { id: after.id, version: after.version };
  });
}

/** A village's own item (kind OTHER), in the official's village. */
export async function addChecklistItem(actor: Actor, rawInput: AddChecklistItemInput, meta: { ip?: string | null } = {}): Promise<{ id: string }> {
  const input = addChecklistItemSchema.parse(rawInput);
  assertCan(actor, "checklist-template:write");
  const villageCode = actor.villageCode;
  if (!villageCode) throw new NotFoundError("Village");
  return db.$transaction(async (tx) => {
    await ensureVillageTemplate(tx, villageCode, { actor, ip: meta.ip });
    await assertVillageArticle(tx, villageCode, input.articleId);
    const last = await tx.villageChecklistItem.aggregate({ where: { villageCode }, _max: { sortOrder: true } });
    const created = await tx.villageChecklistItem.create({
      data: {
        villageCode,
        kind: "OTHER",
        label: input.label,
        legalBasis: input.legalBasis,
        articleId: input.articleId,
        mandatory: input.mandatory,
        sortOrder: input.sortOrder ?? (last._max.sortOrder ?? 0) + SORT_STEP,
      },
      select: AUDITED,
    });
    await writeAudit(tx, { actor, action: "checklist-item.create", entity: "VillageChecklistItem", entityId: created.id, villageCode, after: created, ip: meta.ip });
    return { id: created.id };
  });
}
