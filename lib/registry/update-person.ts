import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { changedFields } from "@/lib/audit/diff";
import { writeAudit } from "@/lib/audit/write-audit";
import { StaleRecordError } from "./errors";
import { maskForAudit } from "./mask";
import { assertHouseholdPlace, assertNikFree, AUDITED_PERSON_FIELDS, nikTakenAfterRace, touchHouseholds } from "./person-fields";
import { updatePersonSchema } from "./schemas";

/**
 * Saves a person's identity and address. The form carries the version it was loaded with;
 * if someone saved in between, nothing is written and StaleRecordError asks for a reload.
 * Health notes are never sent to the form: empty keeps them, `clearHealthNotes` removes them.
 */
export async function updatePerson(
  actor: Actor,
  rawInput: z.input<typeof updatePersonSchema>,
  meta: { ip?: string | null } = {},
): Promise<{ id: string; version: number }> {
  assertCan(actor, "person:write");
  const input = updatePersonSchema.parse(rawInput);
  const { id, version, clearHealthNotes, healthNotes, ...fields } = input;

  let villageCode = "";
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.person.findFirst({ where: { AND: [{ id }, villageScope(actor)] }, select: AUDITED_PERSON_FIELDS });
      if (!before) throw new NotFoundError("Person");
      villageCode = before.villageCode;
      if (fields.nik !== before.nik) await assertNikFree(tx, fields.nik, villageCode, id);
      if (fields.householdId !== before.householdId || fields.relationToHead !== before.relationToHead) {
        await assertHouseholdPlace(tx, fields, villageCode, id);
      }
      const next = { ...fields, healthNotes: clearHealthNotes ? null : (healthNotes ?? before.healthNotes) };
      // Saving an unchanged form writes nothing (no new version, no audit entry).
      const changed = Object.keys(changedFields(before, { ...before, ...next }).after ?? {}).length > 0;
      const { count } = changed
        ? await tx.person.updateMany({ where: { AND: [{ id, version }, villageScope(actor)] }, data: { ...next, version: { increment: 1 } } })
        : { count: await tx.person.count({ where: { id, version } }) };
      if (count === 0) throw new StaleRecordError();
      if (!changed) return { id, version };
      if (next.householdId !== before.householdId || next.relationToHead !== before.relationToHead) {
        await touchHouseholds(tx, [before.householdId, next.householdId]);
      }
      const after = await tx.person.findUniqueOrThrow({ where: { id }, select: AUDITED_PERSON_FIELDS });
      await writeAudit(tx, { actor, action: "person.update", entity: "Person", entityId: id, villageCode, ...maskForAudit(before, after), ip: meta.ip });
      return { id, version: version + 1 };
    });
  } catch (error) {
    return nikTakenAfterRace(error, fields.nik, villageCode);
  }
}
