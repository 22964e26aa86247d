import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, villageScope, type Actor } from "@/lib/authz";
import { decodeUserCursor, encodeUserCursor } from "./cursor";
import type { ListUsersQuery } from "./schemas";
import { UUID } from "./uuid";

export const USERS_PAGE_SIZE = 25;

export type UserRow = Awaited<ReturnType<typeof listUsers>>["rows"][number];

const SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  villageCode: true,
  regionCode: true,
  disabledAt: true,
  lastSignInAt: true,
  createdAt: true,
  village: { select: { region: { select: { name: true } } } },
} as const satisfies Prisma.UserSelect;

/**
 * Users matching the filters, one page at a time. Sorted by name (A–Z) or by creation
 * (newest first), with the id as tie-breaker so that the keyset (sort key, id) is unique.
 */
export async function listUsers(actor: Actor, query: ListUsersQuery, pageSize = USERS_PAGE_SIZE) {
  assertCan(actor, "user:read");
  const filters: Prisma.UserWhereInput[] = [villageScope(actor)];
  if (query.q) {
    filters.push({
      OR: [{ name: { contains: query.q, mode: "insensitive" } }, { email: { contains: query.q, mode: "insensitive" } }],
    });
  }
  if (query.role) filters.push({ role: query.role });
  if (query.village) filters.push({ villageCode: query.village });
  const where: Prisma.UserWhereInput = { AND: filters };

  const cursor = decodeUserCursor(query.cursor);
  const after = cursor && UUID.test(cursor.id) ? keysetAfter(query.sort, cursor) : null;
  const orderBy: Prisma.UserOrderByWithRelationInput[] =
    query.sort === "created" ? [{ createdAt: "desc" }, { id: "desc" }] : [{ name: "asc" }, { id: "asc" }];

  const [found, total] = await Promise.all([
    db.user.findMany({ where: after ? { AND: [where, after] } : where, orderBy, take: pageSize + 1, select: SELECT }),
    db.user.count({ where }),
  ]);
  const hasMore = found.length > pageSize;
  const rows = found.slice(0, pageSize).map(({ village, ...u }) => ({ ...u, villageName: village?.region.name ?? null }));
  const last = rows[rows.length - 1];
  const nextCursor =
    hasMore && last
      ? encodeUserCursor({ key: query.sort === "created" ? last.createdAt.toISOString() : last.name, id: last.id })
      : null;
  return { rows, total, nextCursor };
}

function keysetAfter(sort: ListUsersQuery["sort"], cursor: { key: string; id: string }): Prisma.UserWhereInput | null {
  if (sort === "created") {
    const at = new Date(cursor.key);
    if (Number.isNaN(at.getTime())) return null;
    return { OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: cursor.id } }] };
  }
  return { OR: [{ name: { gt: cursor.key } }, { name: cursor.key, id: { gt: cursor.id } }] };
}
