import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, can, type Actor } from "@/lib/authz";
import { maskNik } from "./mask";

export type TransferRequests = Awaited<ReturnType<typeof listTransferRequests>>;

/**
 * The transfer requests a village deals with. Incoming: pending requests for its own people
 * (the official decides them). Outgoing: its latest requests, with their status only — the
 * other village's data stays there (a masked NIK, as the requester typed it in full).
 * Staff without a village see none.
 */
export async function listTransferRequests(actor: Actor, opts: { personId?: string } = {}) {
  assertCan(actor, "person:read");
  const village = actor.villageCode;
  if (!village || (actor.role !== "ORGANIZER" && actor.role !== "VILLAGE_OFFICIAL")) {
    return { incoming: [], outgoing: [], canDecide: false };
  }
  const [incoming, outgoing] = await Promise.all([
    db.transferRequest.findMany({
      where: { fromVillageCode: village, status: "PENDING", ...(opts.personId ? { personId: opts.personId } : {}) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 50,
      select: { id: true, reason: true, createdAt: true, toVillageCode: true, person: { select: { id: true, name: true } } },
    }),
    opts.personId
      ? Promise.resolve([])
      : db.transferRequest.findMany({
          where: { toVillageCode: village },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: 10,
          select: { id: true, reason: true, createdAt: true, status: true, decidedAt: true, person: { select: { nik: true } } },
        }),
  ]);
  const names = await villageNames(incoming.map((r) => r.toVillageCode));
  return {
    incoming: incoming.map(({ toVillageCode, ...r }) => ({ ...r, toVillageCode, toVillageName: names.get(toVillageCode) ?? toVillageCode })),
    outgoing: outgoing.map(({ person, ...r }) => ({ ...r, nik: maskNik(person.nik) })),
    canDecide: can(actor.role, "person:transfer-decide"),
  };
}

async function villageNames(codes: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes)];
  if (!unique.length) return new Map();
  const regions = await db.region.findMany({ where: { code: { in: unique } }, select: { code: true, name: true } });
  return new Map(regions.map((r) => [r.code, r.name]));
}
