import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { UUID } from "@/lib/users/uuid";
import { publicLetterUrl } from "./letter-url";

/** One letter of the actor's villages, for its staff page. Outside the scope: NotFound. */
export async function getVillageLetter(actor: Actor, id: string) {
  assertCan(actor, "letter:read");
  if (!UUID.test(id)) throw new NotFoundError("VillageLetter");
  const letter = await db.villageLetter.findFirst({
    where: { AND: [{ id }, villageScope(actor)] },
    select: {
      id: true,
      number: true,
      shortCode: true,
      workerInitials: true,
      villageCode: true,
      issuedAt: true,
      issuedById: true,
      revokedAt: true,
      revokedById: true,
      revokeReason: true,
      village: { select: { region: { select: { name: true } } } },
      placement: { select: { id: true, status: true, person: { select: { id: true, name: true } } } },
    },
  });
  if (!letter) throw new NotFoundError("VillageLetter");
  const userIds = [letter.issuedById, letter.revokedById].filter((u): u is string => !!u);
  const users = userIds.length ? await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }) : [];
  const name = (userId: string | null) => (userId ? (users.find((u) => u.id === userId)?.name ?? null) : null);
  const { village, issuedById, revokedById, ...rest } = letter;
  return { ...rest, villageName: village.region.name, issuedByName: name(issuedById), revokedByName: name(revokedById), publicUrl: publicLetterUrl(letter.shortCode) };
}

export type VillageLetterDetail = Awaited<ReturnType<typeof getVillageLetter>>;
