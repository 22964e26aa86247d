import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, villageScope, type Actor } from "@/lib/authz";
import { decodeUserCursor, encodeUserCursor } from "@/lib/users/cursor";
import { UUID } from "@/lib/users/uuid";
import type { LetterFilter } from "./schemas";

export const LETTERS_PAGE_SIZE = 25;

/**
 * The letters of the actor's villages (village roles their own, BP3MI staff their region),
 * newest first, one keyset page at a time; `status` keeps the valid or the revoked ones.
 */
export async function listVillageLetters(actor: Actor, query: { status?: LetterFilter; cursor?: string }, pageSize = LETTERS_PAGE_SIZE) {
  assertCan(actor, "letter:read");
  const filters: Prisma.VillageLetterWhereInput[] = [villageScope(actor)];
  if (query.status === "valid") filters.push({ revokedAt: null });
  if (query.status === "revoked") filters.push({ revokedAt: { not: null } });
  const cursor = decodeUserCursor(query.cursor);
  const at = cursor ? new Date(cursor.key) : null;
  if (cursor && at && !Number.isNaN(at.getTime()) && UUID.test(cursor.id)) {
    filters.push({ OR: [{ issuedAt: { lt: at } }, { issuedAt: at, id: { lt: cursor.id } }] });
  }
  const found = await db.villageLetter.findMany({
    where: { AND: filters },
    orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    select: {
      id: true,
      number: true,
      villageCode: true,
      issuedAt: true,
      revokedAt: true,
      village: { select: { region: { select: { name: true } } } },
      placement: { select: { id: true, person: { select: { name: true } } } },
    },
  });
  const rows = found.slice(0, pageSize).map(({ village, placement, ...l }) => ({ ...l, villageName: village.region.name, placementId: placement.id, workerName: placement.person.name }));
  const last = rows[rows.length - 1];
  return { rows, nextCursor: found.length > pageSize && last ? encodeUserCursor({ key: last.issuedAt.toISOString(), id: last.id }) : null };
}

export type VillageLetterRow = Awaited<ReturnType<typeof listVillageLetters>>["rows"][number];
