import "server-only";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { REQUIREMENT_CODES, sortRequirements } from "@/lib/placements/requirements";
import { UUID } from "@/lib/users/uuid";
import { auditTrailEntry, mergedIdsFrom, type AuditTrailEntry } from "./audit-trail";

// Audit entries about these entities can concern the person (their record, their household
// card, their trips and checklist, check-ins, consents, transfer requests).
const TRAIL_ENTITIES = ["Person", "Household", "Placement", "PlacementRequirement", "CheckIn", "Consent", "TransferRequest"];
/** Merge chains are short; the bound only stops a malformed log from looping. */
const MAX_MERGE_DEPTH = 20;

const PLACEMENT_INCLUDE = {
  country: { select: { nameId: true, nameEn: true } },
  job: { select: { nameId: true, nameEn: true, zeroCost: true } },
  requirements: true,
} as const satisfies Prisma.PlacementInclude;

export type SubjectExportFormat = "print" | "json";

export type SubjectExport = Awaited<ReturnType<typeof buildSubjectExport>>;

/**
 * Everything the portal holds on one person, for that person (UU 27/2022: a data subject may
 * see their data and its processing history; the law allows 3×24 hours, the portal answers at
 * once). Every field in clear (it is handed to the person themself), their household with the
 * members' names and relations only, placements with checklist, check-ins, consents, transfer
 * requests, and every audit entry about any of these: who accessed or changed what, and when.
 *
 * The export is itself an access to the record: it is audited ("person.subject-export") in the
 * same transaction, before the trail is read, so the trail it returns includes it.
 */
export async function buildSubjectExport(actor: Actor, personId: string, opts: { format: SubjectExportFormat; ip?: string | null }) {
  assertCan(actor, "person:subject-export");
  if (!UUID.test(personId)) throw new NotFoundError("Person");
  const generatedAt = new Date();

  return db.$transaction(async (tx) => {
    const person = await tx.person.findFirst({ where: { AND: [{ id: personId }, villageScope(actor)] } });
    if (!person) throw new NotFoundError("Person");

    await writeAudit(tx, {
      actor,
      action: "person.subject-export",
      entity: "Person",
      entityId: person.id,
      villageCode: person.villageCode,
      after: { format: opts.format },
      ip: opts.ip,
    });

    // One after another: an interactive transaction runs on one connection anyway.
    const village = await tx.region.findUnique({ where: { code: person.villageCode }, select: { code: true, name: true } });
    const household = person.householdId
      ? await tx.household.findUnique({
          where: { id: person.householdId },
          select: {
            kkNumber: true,
            address: true,
            dusun: true,
            rt: true,
            rw: true,
            // Other members' own data is theirs: only who they are to this person.
            members: { select: { id: true, name: true, relationToHead: true }, orderBy: [{ relationToHead: "asc" }, { name: "asc" }] },
          },
        })
      : null;
    const placements = await tx.placement.findMany({ where: { personId: person.id }, include: PLACEMENT_INCLUDE, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    const checkIns = await tx.checkIn.findMany({ where: { personId: person.id }, orderBy: [{ contactedAt: "asc" }, { id: "asc" }] });
    const consents = await tx.consent.findMany({ where: { personId: person.id }, orderBy: [{ givenOn: "asc" }, { createdAt: "asc" }] });
    const transferRequests = await tx.transferRequest.findMany({ where: { personId: person.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

    const mergedIds = await mergedPersonIds(tx, person.id);
    // Checklist entries are "<placementId>:<code>" (lib/placements/update-requirement.ts).
    const requirementIds = placements.flatMap((p) => REQUIREMENT_CODES.map((code) => `${p.id}:${code}`));
    const entityIds = [
      person.id,
      ...mergedIds,
      ...(person.householdId ? [person.householdId] : []),
      ...placements.map((p) => p.id),
      ...requirementIds,
      ...checkIns.map((c) => c.id),
      ...consents.map((c) => c.id),
      ...transferRequests.map((t) => t.id),
    ];
    // (entity, entityId) is indexed: both lists together make a handful of index probes.
    const trail = await tx.auditLog.findMany({
      where: { entity: { in: TRAIL_ENTITIES }, entityId: { in: entityIds } },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    });

    const staffIds = new Set<string>();
    for (const c of consents) if (c.takenById) staffIds.add(c.takenById);
    for (const c of checkIns) if (c.recordedById) staffIds.add(c.recordedById);
    for (const p of placements) for (const r of p.requirements) if (r.verifiedById) staffIds.add(r.verifiedById);
    const staff = staffIds.size ? await tx.user.findMany({ where: { id: { in: [...staffIds] } }, select: { id: true, name: true } }) : [];
    const staffName = new Map(staff.map((u) => [u.id, u.name]));
    const nameOf = (id: string | null) => (id ? (staffName.get(id) ?? null) : null);

    return {
      generatedAt,
      generatedBy: { name: actor.name, email: actor.email, role: actor.role },
      person,
      village: village ?? { code: person.villageCode, name: person.villageCode },
      household: household
        ? { ...household, members: household.members.map((m) => ({ name: m.name, relationToHead: m.relationToHead, isSubject: m.id === person.id })) }
        : null,
      placements: placements.map((p) => ({
        ...p,
        requirements: sortRequirements(p.requirements).map((r) => ({ ...r, verifiedByName: nameOf(r.verifiedById) })),
      })),
      checkIns: checkIns.map((c) => ({ ...c, recordedByName: nameOf(c.recordedById) })),
      consents: consents.map((c) => ({ ...c, takenByName: nameOf(c.takenById) })),
      transferRequests,
      mergedRecordIds: mergedIds,
      auditTrail: trail.map(auditTrailEntry) satisfies AuditTrailEntry[],
    };
  });
}

/** Ids of records merged into this person (and into those, and so on), from "person.merge" entries. */
async function mergedPersonIds(tx: Tx, personId: string): Promise<string[]> {
  const seen = new Set<string>([personId]);
  let frontier = [personId];
  for (let depth = 0; depth < MAX_MERGE_DEPTH && frontier.length; depth++) {
    const merges = await tx.auditLog.findMany({
      where: { entity: "Person", entityId: { in: frontier }, action: "person.merge" },
      select: { after: true },
    });
    frontier = mergedIdsFrom(merges.map((m) => m.after)).filter((id) => !seen.has(id));
    for (const id of frontier) seen.add(id);
  }
  seen.delete(personId);
  return [...seen];
}
