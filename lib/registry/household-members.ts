import "server-only";
import type { Tx } from "@/lib/db/client";
import type { FamilyRelation } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { FieldError } from "@/lib/validation/errors";

// Members of a household are people of the same village, named on the form by their NIK
// (as printed on the Kartu Keluarga). Shared by createHousehold and updateHousehold.

export type MemberRowInput = { nik: string; relation: FamilyRelation; row: number };
type Resolved = { personId: string; relation: FamilyRelation; householdId: string | null; relationToHead: FamilyRelation | null };

/** Looks the NIKs up in the village; a NIK not found there, or in another household, is refused on its row. */
export async function resolveMembers(tx: Tx, rows: MemberRowInput[], villageCode: string, householdId: string | null): Promise<Resolved[]> {
  const people = await tx.person.findMany({
    where: { villageCode, nik: { in: rows.map((r) => r.nik) } },
    select: { id: true, nik: true, householdId: true, relationToHead: true },
  });
  const byNik = new Map(people.map((p) => [p.nik, p]));
  return rows.map((r) => {
    const p = byNik.get(r.nik);
    if (!p) throw new FieldError(`members.${r.row}.nik`, "registry:memberNotFound");
    if (p.householdId && p.householdId !== householdId) throw new FieldError(`members.${r.row}.nik`, "registry:memberInOtherHousehold");
    return { personId: p.id, relation: r.relation, householdId: p.householdId, relationToHead: p.relationToHead };
  });
}

/**
 * Puts the people into the household (and takes out those no longer listed), raising each
 * changed person's version and writing one audit entry per person, so each person's history
 * shows it.
 */
export async function applyMembers(
  tx: Tx,
  actor: Actor,
  householdId: string,
  villageCode: string,
  members: Resolved[],
  removed: { personId: string; relationToHead: FamilyRelation | null }[],
  ip: string | null | undefined,
): Promise<void> {
  for (const m of members) {
    if (m.householdId === householdId && m.relationToHead === m.relation) continue;
    await tx.person.updateMany({ where: { id: m.personId, villageCode }, data: { householdId, relationToHead: m.relation, version: { increment: 1 } } });
    await writeAudit(tx, {
      actor,
      action: "person.household",
      entity: "Person",
      entityId: m.personId,
      villageCode,
      before: { householdId: m.householdId, relationToHead: m.relationToHead },
      after: { householdId, relationToHead: m.relation },
      ip,
    });
  }
  for (const r of removed) {
    await tx.person.updateMany({ where: { id: r.personId, villageCode }, data: { householdId: null, relationToHead: null, version: { increment: 1 } } });
    await writeAudit(tx, {
      actor,
      action: "person.household",
      entity: "Person",
      entityId: r.personId,
      villageCode,
      before: { householdId, relationToHead: r.relationToHead },
      after: { householdId: null, relationToHead: null },
      ip,
    });
  }
}

export async function assertKkFree(tx: Tx, kkNumber: string, exceptId?: string): Promise<void> {
  const holder = await tx.household.findUnique({ where: { kkNumber }, select: { id: true } });
  // Like the NIK: the answer does not say in which village.
  if (holder && holder.id !== exceptId) throw new FieldError("kkNumber", "registry:kkExists");
}
