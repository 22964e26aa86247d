import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, type Actor } from "@/lib/authz";
import { decodeUserCursor as decodeCursor, encodeUserCursor as encodeCursor } from "@/lib/users/cursor";
import { UUID } from "@/lib/users/uuid";
import { agentIdsMatching, recruiterIdsMatching } from "./name-search";
import { normalisePhone } from "./phone";
import type { ListAgentsQuery, ListRecruitersQuery } from "./schemas";

// The registry is not village data: every staff role reads all of it (recruiter:read), so
// there is no village scope here; writes need recruiter:write.

export const RECRUITERS_PAGE_SIZE = 25;

/** Recruiters by name (A–Z, id as tie-breaker), one keyset page at a time. */
export async function listRecruiters(actor: Actor, query: ListRecruitersQuery, pageSize = RECRUITERS_PAGE_SIZE) {
  assertCan(actor, "recruiter:read");
  const filters: Prisma.RecruiterWhereInput[] = [];
  if (query.q) filters.push({ id: { in: await recruiterIdsMatching(query.q) } });
  if (query.status) filters.push({ status: query.status });
  const where: Prisma.RecruiterWhereInput = { AND: filters };
  const cursor = decodeCursor(query.cursor);
  const after: Prisma.RecruiterWhereInput | null =
    cursor && UUID.test(cursor.id) ? { OR: [{ name: { gt: cursor.key } }, { name: cursor.key, id: { gt: cursor.id } }] } : null;
  const [found, total] = await Promise.all([
    db.recruiter.findMany({
      where: after ? { AND: [where, after] } : where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: pageSize + 1,
      select: { id: true, name: true, licenceNumber: true, status: true, suspensionScope: true, suspendedFrom: true, suspendedUntil: true, statusDecree: true, lastCheckedOn: true, _count: { select: { jobOrders: true } } },
    }),
    db.recruiter.count({ where }),
  ]);
  const rows = found.slice(0, pageSize);
  const last = rows[rows.length - 1];
  return { rows, total, nextCursor: found.length > pageSize && last ? encodeCursor({ key: last.name, id: last.id }) : null };
}
export type RecruiterRow = Awaited<ReturnType<typeof listRecruiters>>["rows"][number];

/** Agents and brokers by name, with the company they claim. */
export async function listAgents(actor: Actor, query: ListAgentsQuery, pageSize = RECRUITERS_PAGE_SIZE) {
  assertCan(actor, "recruiter:read");
  const filters: Prisma.AgentWhereInput[] = [];
  if (query.q) filters.push({ id: { in: await agentIdsMatching(query.q, normalisePhone(query.q)) } });
  if (query.watchlisted) filters.push({ watchlisted: query.watchlisted === "yes" });
  const where: Prisma.AgentWhereInput = { AND: filters };
  const cursor = decodeCursor(query.cursor);
  const after: Prisma.AgentWhereInput | null =
    cursor && UUID.test(cursor.id) ? { OR: [{ name: { gt: cursor.key } }, { name: cursor.key, id: { gt: cursor.id } }] } : null;
  const [found, total] = await Promise.all([
    db.agent.findMany({
      where: after ? { AND: [where, after] } : where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: pageSize + 1,
      select: { id: true, name: true, phone: true, watchlisted: true, claimedCompanyName: true, villageCode: true, claimedRecruiter: { select: { id: true, name: true, status: true } }, _count: { select: { reports: true } } },
    }),
    db.agent.count({ where }),
  ]);
  const rows = found.slice(0, pageSize);
  const last = rows[rows.length - 1];
  return { rows, total, nextCursor: found.length > pageSize && last ? encodeCursor({ key: last.name, id: last.id }) : null };
}
export type AgentRow = Awaited<ReturnType<typeof listAgents>>["rows"][number];

/** For the agent form's "claimed company" choice. */
export async function listRecruiterOptions(actor: Actor): Promise<{ id: string; name: string; licenceNumber: string }[]> {
  assertCan(actor, "recruiter:read");
  return db.recruiter.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, licenceNumber: true }, take: 2000 });
}
