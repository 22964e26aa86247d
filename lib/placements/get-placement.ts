import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { UNVERIFIED_DEPARTURE_ACTION } from "./change-placement-status";
import { sortRequirements } from "./requirements";

export const CHECK_INS_SHOWN = 50;

const SELECT = {
  id: true,
  personId: true,
  villageCode: true,
  status: true,
  employer: true,
  recruiterName: true,
  agentName: true,
  agentPhone: true,
  sip2miNumber: true,
  channel: true,
  contractStart: true,
  contractEnd: true,
  departureDate: true,
  returnDate: true,
  contactAbroadName: true,
  contactAbroadPhone: true,
  checklistComplete: true,
  lastContactAt: true,
  version: true,
  createdAt: true,
  person: { select: { id: true, name: true, birthDate: true } },
  country: { select: { code: true, nameId: true, nameEn: true, moratoriumHousehold: true } },
  job: { select: { code: true, nameId: true, nameEn: true, sector: true, zeroCost: true, household: true } },
  requirements: { select: { code: true, status: true, date: true, note: true, verifiedById: true, updatedAt: true } },
  checkIns: {
    orderBy: [{ contactedAt: "desc" }, { id: "desc" }],
    take: CHECK_INS_SHOWN,
    select: { id: true, contactedAt: true, method: true, wellbeing: true, note: true, recordedById: true },
  },
  _count: { select: { checkIns: true } },
} as const satisfies Prisma.PlacementSelect;

export type PlacementDetail = Awaited<ReturnType<typeof getPlacement>>;

/**
 * One placement of the actor's villages with its checklist (in the law's order), its latest
 * check-ins, the names of verifiers and recorders, and whether it left without the village's
 * verification (from the audit trail until a column exists). Outside the scope: NotFound.
 */
export async function getPlacement(actor: Actor, id: string) {
  assertCan(actor, "person:read");
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError("Placement");
  const placement = await db.placement.findFirst({ where: { AND: [{ id }, villageScope(actor)] }, select: SELECT });
  if (!placement) throw new NotFoundError("Placement");

  const userIds = [
    ...new Set([...placement.requirements.map((r) => r.verifiedById), ...placement.checkIns.map((c) => c.recordedById)].filter((u): u is string => !!u)),
  ];
  const [users, unverifiedDeparture] = await Promise.all([
    userIds.length ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }) : [],
    db.auditLog.findFirst({ where: { entity: "Placement", entityId: id, action: UNVERIFIED_DEPARTURE_ACTION }, select: { at: true } }),
  ]);
  const names = new Map(users.map((u) => [u.id, u.name]));

  return {
    ...placement,
    requirements: sortRequirements(placement.requirements).map((r) => ({ ...r, verifiedByName: r.verifiedById ? (names.get(r.verifiedById) ?? null) : null })),
    checkIns: placement.checkIns.map((c) => ({ ...c, recordedByName: c.recordedById ? (names.get(c.recordedById) ?? null) : null })),
    checkInCount: placement._count.checkIns,
    departedWithoutVerification: unverifiedDeparture !== null,
  };
}
