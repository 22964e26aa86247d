import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { revealPersonFieldSchema, type RevealableField } from "./schemas";

const ACTION: Record<RevealableField, string> = { nik: "person.reveal-nik", passport: "person.reveal-passport", health: "person.reveal-health" };

/**
 * Shows one masked field of a person in clear, once, and records who saw it (UU 27/2022):
 * NIK and passport for roles with person:reveal-identifiers, health notes for roles with
 * person:reveal-health. The value is in the answer only; the audit entry holds no value.
 */
export async function revealPersonField(
  actor: Actor,
  rawInput: z.input<typeof revealPersonFieldSchema>,
  meta: { ip?: string | null } = {},
): Promise<{ field: RevealableField; value: string | null }> {
  const { personId, field } = revealPersonFieldSchema.parse(rawInput);
  assertCan(actor, field === "health" ? "person:reveal-health" : "person:reveal-identifiers");

  return db.$transaction(async (tx) => {
    const person = await tx.person.findFirst({
      where: { AND: [{ id: personId }, villageScope(actor)] },
      select: { villageCode: true, nik: true, passportNumber: true, healthNotes: true },
    });
    if (!person) throw new NotFoundError("Person");
    await writeAudit(tx, { actor, action: ACTION[field], entity: "Person", entityId: personId, villageCode: person.villageCode, ip: meta.ip });
    const value = field === "nik" ? person.nik : field === "passport" ? person.passportNumber : person.healthNotes;
    return { field, value };
  });
}
