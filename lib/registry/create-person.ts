import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan, ForbiddenError, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { maskForAudit } from "./mask";
import { assertHouseholdPlace, assertNikFree, AUDITED_PERSON_FIELDS, nikTakenAfterRace, touchHouseholds } from "./person-fields";
import { personSchema } from "./schemas";

/**
 * Registers a person in the actor's own village (organizers and village officials only).
 * A NIK registered anywhere is refused (NikTakenError), without saying where.
 */
export async function createPerson(
  actor: Actor,
  rawInput: z.input<typeof personSchema>,
  meta: { ip?: string | null } = {},
): Promise<{ id: string }> {
  assertCan(actor, "person:write");
  const villageCode = actor.villageCode;
  if (!villageCode) throw new ForbiddenError("person:write");
  const input = personSchema.parse(rawInput);

  try {
    return await db.$transaction(async (tx) => {
      await assertNikFree(tx, input.nik, villageCode);
      await assertHouseholdPlace(tx, input, villageCode);
      const person = await tx.person.create({
        data: { ...input, villageCode, createdById: actor.id },
        select: { id: true, ...AUDITED_PERSON_FIELDS },
      });
      await touchHouseholds(tx, [input.householdId]);
      const { id, ...after } = person;
      await writeAudit(tx, { actor, action: "person.create", entity: "Person", entityId: id, villageCode, ...maskForAudit(null, after), ip: meta.ip });
      return { id };
    });
  } catch (error) {
    return nikTakenAfterRace(error, input.nik, villageCode);
  }
}
