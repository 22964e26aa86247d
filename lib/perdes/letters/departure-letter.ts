import "server-only";
import type { Tx } from "@/lib/db/client";
import { DAY_MS, startOfWibDay } from "@/lib/placements/dates";

/**
 * Whether a placement leaving on `departureDate` (a calendar date) holds a valid village letter
 * issued on or before that day, WIB (decision 022). Without one, the departure is
 * non-procedural (Placement.nonProcedural), decided in the transaction of the status change.
 */
export async function hasLetterForDeparture(tx: Tx, placementId: string, departureDate: Date): Promise<boolean> {
  const endOfDepartureDay = new Date(startOfWibDay(departureDate).getTime() + DAY_MS);
  const letter = await tx.villageLetter.findFirst({ where: { placementId, revokedAt: null, issuedAt: { lt: endOfDepartureDay } }, select: { id: true } });
  return letter !== null;
}
