import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { UUID } from "./uuid";

export type UserDetail = Awaited<ReturnType<typeof getUser>>;

/** One user for the edit page. An id that is malformed, unknown or outside scope is NotFound. */
export async function getUser(actor: Actor, id: string) {
  assertCan(actor, "user:read");
  if (!UUID.test(id)) throw new NotFoundError("User");
  const user = await db.user.findFirst({
    where: { AND: [{ id }, villageScope(actor)] },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      villageCode: true,
      regionCode: true,
      mustChangePassword: true,
      disabledAt: true,
      lastSignInAt: true,
      createdAt: true,
      updatedAt: true,
      village: { select: { region: { select: { name: true } } } },
      _count: { select: { sessions: { where: { endedAt: null } } } },
    },
  });
  if (!user) throw new NotFoundError("User");
  const { village, _count, ...rest } = user;
  return { ...rest, villageName: village?.region.name ?? null, openSessions: _count.sessions };
}
