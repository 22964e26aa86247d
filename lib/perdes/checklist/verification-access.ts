import "server-only";
import type { Tx } from "@/lib/db/client";
import { NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { UUID } from "@/lib/users/uuid";

// Lookups the verification and letter writes start with.

/**
 * The placement if it is in the actor's villages, locked until the transaction ends: starting
 * the checks, changing one and issuing the letter of one placement happen one at a time.
 */
export async function lockScopedPlacement(tx: Tx, actor: Actor, placementId: string) {
  if (!UUID.test(placementId)) throw new NotFoundError("Placement");
  const placement = await tx.placement.findFirst({
    where: { AND: [{ id: placementId }, villageScope(actor)] },
    select: { id: true, villageCode: true, status: true, personId: true },
  });
  if (!placement) throw new NotFoundError("Placement");
  await tx.$queryRaw`SELECT 1 FROM "Placement" WHERE "id" = ${placement.id}::uuid FOR UPDATE`;
  return placement;
}

/** The placement's letter that is not revoked, if any (there is at most one). */
export function findValidLetter(tx: Tx, placementId: string) {
  return tx.villageLetter.findFirst({ where: { placementId, revokedAt: null }, select: { id: true, number: true, issuedAt: true } });
}
