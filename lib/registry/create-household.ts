import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan, ForbiddenError, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { FieldError } from "@/lib/validation/errors";
import { applyMembers, assertKkFree, resolveMembers } from "./household-members";
import { isUniqueViolation } from "./person-fields";
import { householdSchema } from "./schemas";

/** Registers a household (Kartu Keluarga) in the actor's village, with its members (exactly one head). */
export async function createHousehold(
  actor: Actor,
  rawInput: z.input<typeof householdSchema>,
  meta: { ip?: string | null } = {},
): Promise<{ id: string }> {
  assertCan(actor, "person:write");
  const villageCode = actor.villageCode;
  if (!villageCode) throw new ForbiddenError("person:write");
  const { members: rows, ...fields } = householdSchema.parse(rawInput);

  try {
    return await db.$transaction(async (tx) => {
      await assertKkFree(tx, fields.kkNumber);
      const members = await resolveMembers(tx, rows, villageCode, null);
      const household = await tx.household.create({ data: { ...fields, villageCode }, select: { id: true } });
      await writeAudit(tx, {
        actor,
        action: "household.create",
        entity: "Household",
        entityId: household.id,
        villageCode,
        after: { ...fields, members: members.map((m) => ({ personId: m.personId, relation: m.relation })) },
        ip: meta.ip,
      });
      await applyMembers(tx, actor, household.id, villageCode, members, [], meta.ip);
      return household;
    });
  } catch (error) {
    if (isUniqueViolation(error, "kkNumber")) throw new FieldError("kkNumber", "registry:kkExists");
    throw error;
  }
}
