import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { maskNik, seesIdentifiers } from "./mask";
import { UUID } from "./schemas";

export type HouseholdDetail = Awaited<ReturnType<typeof getHousehold>>;

/** One household with its members (NIKs masked for roles that may not see them); NotFound outside scope. */
export async function getHousehold(actor: Actor, id: string) {
  assertCan(actor, "person:read");
  if (!UUID.test(id)) throw new NotFoundError("Household");
  const scope = villageScope(actor);
  const household = await db.household.findFirst({
    where: { AND: [{ id }, scope] },
    select: {
      id: true,
      villageCode: true,
      kkNumber: true,
      address: true,
      dusun: true,
      rt: true,
      rw: true,
      createdAt: true,
      updatedAt: true,
      village: { select: { region: { select: { name: true } } } },
      members: {
        where: scope,
        orderBy: [{ birthDate: "asc" }, { id: "asc" }],
        select: { id: true, nik: true, name: true, sex: true, birthDate: true, relationToHead: true, currentStatus: true },
      },
    },
  });
  if (!household) throw new NotFoundError("Household");
  const clear = seesIdentifiers(actor.role);
  const { village, members, ...rest } = household;
  // The head first, then by age (oldest first), as on a Kartu Keluarga.
  const ordered = [...members].sort((a, b) => Number(b.relationToHead === "HEAD") - Number(a.relationToHead === "HEAD"));
  return {
    ...rest,
    villageName: village.region.name,
    members: ordered.map((m) => ({ ...m, nik: clear ? m.nik : maskNik(m.nik) })),
  };
}
