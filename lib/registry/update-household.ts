import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { FieldError } from "@/lib/validation/errors";
import { StaleRecordError } from "./errors";
import { applyMembers, assertKkFree, resolveMembers } from "./household-members";
import { isUniqueViolation } from "./person-fields";
import { updateHouseholdSchema } from "./schemas";

/**
 * Saves a household's Nomor KK, address and its whole member list (people left out are
 * taken out of it). Household has no version column, so the form carries the moment it was
 * loaded (updatedAt); if the household was saved since, nothing is written.
 */
export async function updateHousehold(
  actor: Actor,
  rawInput: z.input<typeof updateHouseholdSchema>,
  meta: { ip?: string | null } = {},
): Promise<{ id: string }> {
  assertCan(actor, "person:write");
  const { id, loadedAt, members: rows, ...fields } = updateHouseholdSchema.parse(rawInput);

  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.household.findFirst({
        where: { AND: [{ id }, villageScope(actor)] },
        select: {
          villageCode: true,
          kkNumber: true,
          address: true,
          dusun: true,
          rt: true,
          rw: true,
          members: { select: { id: true, relationToHead: true }, orderBy: { id: "asc" } },
        },
      });
      if (!before) throw new NotFoundError("Household");
      const { villageCode, members: oldMembers, ...oldFields } = before;
      if (fields.kkNumber !== oldFields.kkNumber) await assertKkFree(tx, fields.kkNumber, id);
      const members = await resolveMembers(tx, rows, villageCode, id);

      const kept = new Set(members.map((m) => m.personId));
      const removed = oldMembers.filter((m) => !kept.has(m.id)).map((m) => ({ personId: m.id, relationToHead: m.relationToHead }));
      const list = (ms: { personId: string; relation: string | null }[]) => [...ms].sort((a, b) => a.personId.localeCompare(b.personId));
      const beforeView = { ...oldFields, members: list(oldMembers.map((m) => ({ personId: m.id, relation: m.relationToHead }))) };
      const afterView = { ...fields, members: list(members.map((m) => ({ personId: m.personId, relation: m.relation }))) };
      const changed = JSON.stringify(beforeView) !== JSON.stringify({ ...oldFields, ...afterView });

      const stillLoaded = { AND: [{ id, updatedAt: new Date(loadedAt) }, villageScope(actor)] };
      const { count } = changed
        ? await tx.household.updateMany({ where: stillLoaded, data: { ...fields, updatedAt: new Date() } })
        : { count: await tx.household.count({ where: stillLoaded }) };
      if (count === 0) throw new StaleRecordError();
      if (!changed) return { id };

      await writeAudit(tx, { actor, action: "household.update", entity: "Household", entityId: id, villageCode, before: beforeView, after: afterView, ip: meta.ip });
      await applyMembers(tx, actor, id, villageCode, members, removed, meta.ip);
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error, "kkNumber")) throw new FieldError("kkNumber", "registry:kkExists");
    throw error;
  }
}
