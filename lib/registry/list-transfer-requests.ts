import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { TransferStatus } from "@/lib/db/generated/enums";
import { readRows } from "@/lib/db/read";
import { assertCan, can, type Actor } from "@/lib/authz";
import { maskNik } from "./mask";
import { regionNames } from "./region-names";
import { UUID } from "./schemas";

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
  const villageStaff = actor.role === "ORGANIZER" || actor.role === "VILLAGE_OFFICIAL";
  if (!village || !villageStaff || (opts.personId !== undefined && !UUID.test(opts.personId))) {
    return { incoming: [], outgoing: [], canDecide: false };
  }
  // On the people list and the person page: prepared statements (lib/db/read.ts).
  const [incoming, outgoing] = await Promise.all([
    readRows<IncomingRow>(
      Prisma.sql`SELECT t."id", t."reason", t."createdAt", t."toVillageCode", p."id" AS "personId", p."name" AS "personName"
        FROM "TransferRequest" t JOIN "Person" p ON p."id" = t."personId"
        WHERE t."status" = 'PENDING' AND t."fromVillageCode" = ${village}
          AND ${opts.personId ? Prisma.sql`t."personId" = ${opts.personId}::uuid` : Prisma.sql`TRUE`}
        ORDER BY t."createdAt", t."id" LIMIT 50`,
      { prepare: true },
    ),
    opts.personId
      ? Promise.resolve([])
      : readRows<OutgoingRow>(
          Prisma.sql`SELECT t."id", t."reason", t."createdAt", t."status", t."decidedAt", p."nik"
            FROM "TransferRequest" t JOIN "Person" p ON p."id" = t."personId"
            WHERE t."toVillageCode" = ${village} ORDER BY t."createdAt" DESC, t."id" DESC LIMIT 10`,
          { prepare: true },
        ),
  ]);
  const names = await regionNames(incoming.map((r) => r.toVillageCode));
  return {
    incoming: incoming.map(({ personId, personName, toVillageCode, ...r }) => ({
      ...r,
      person: { id: personId, name: personName },
      toVillageCode,
      toVillageName: names.get(toVillageCode) ?? toVillageCode,
    })),
    outgoing: outgoing.map(({ nik, ...r }) => ({ ...r, nik: maskNik(nik) })),
    canDecide: can(actor.role, "person:transfer-decide"),
  };
}

type IncomingRow = { id: string; reason: string; createdAt: Date; toVillageCode: string; personId: string; personName: string };
type OutgoingRow = { id: string; reason: string; createdAt: Date; status: TransferStatus; decidedAt: Date | null; nik: string };
