import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { normalisePhone } from "./phone";

// The villagers' look-ups: no sign-in, so no actor and no scope. These functions select
// only what is public by nature (a company's licence, an agent's watchlist entry written by
// staff) and never touch people, placements or reports: no worker data can leave through
// them (docs/decisions/014-public-pages-without-javascript.md).

export type PublicCompany = {
  id: string;
  name: string;
  licenceNumber: string;
  address: string | null;
  status: "ACTIVE" | "SUSPENDED" | "REVOKED";
  suspendedFrom: Date | null;
  suspendedUntil: Date | null;
  suspensionScope: "PARTIAL" | "FULL" | null;
  decree: string | null;
  decreeOn: Date | null;
  lastCheckedOn: Date;
  score: number;
};

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Companies whose licence number is the query, or whose name contains or resembles it (pg_trgm). */
export async function findCompaniesPublic(query: string, limit = 10): Promise<PublicCompany[]> {
  const q = query.trim().slice(0, 150);
  if (q.length < 2) return [];
  return db.$queryRaw<PublicCompany[]>(Prisma.sql`
    SELECT "id", "name", "licenceNumber", "address", "status"::text AS "status", "suspendedFrom", "suspendedUntil",
           "suspensionScope"::text AS "suspensionScope", "statusDecree" AS "decree", "statusDecreeOn" AS "decreeOn",
           "lastCheckedOn", similarity("name", ${q})::float8 AS "score"
    FROM "Recruiter"
    WHERE lower("licenceNumber") = lower(${q}) OR "name" ILIKE ${likePattern(q)} OR "name" % ${q}
    ORDER BY (lower("licenceNumber") = lower(${q})) DESC, "score" DESC, "name" ASC, "id" ASC
    LIMIT ${limit}`);
}

const withoutPrefix = (s: string) => s.toLowerCase().replace(/^(pt\.?|cv\.?)\s+/, "").replace(/\s+/g, " ").trim();

/**
 * The one registry entry a villager most likely means: the licence number, the same name
 * (with or without "PT"), the only name containing the words, or a close spelling variant.
 * Null when no entry is close enough: then the offer check says the company is not listed.
 */
export async function matchCompanyPublic(query: string): Promise<PublicCompany | null> {
  const candidates = await findCompaniesPublic(query, 5);
  const q = query.trim();
  const first = candidates[0];
  if (!first) return null;
  if (first.licenceNumber.toLowerCase() === q.toLowerCase()) return first;
  const same = candidates.find((c) => withoutPrefix(c.name) === withoutPrefix(q));
  if (same) return same;
  const containing = candidates.filter((c) => c.name.toLowerCase().includes(withoutPrefix(q)));
  if (containing.length === 1) return containing[0]!;
  return first.score >= 0.5 ? first : null;
}

export type PublicAgent = {
  id: string;
  name: string;
  watchlisted: boolean;
  watchlistReason: string | null;
  claimedCompanyName: string | null;
  claimedCompany: Pick<PublicCompany, "name" | "licenceNumber" | "status" | "suspensionScope" | "suspendedUntil" | "decree" | "decreeOn"> | null;
  updatedAt: Date;
};

/** Agents by phone (any way of writing it) or by name (contains or resembles). */
export async function findAgentsPublic(query: string, limit = 10): Promise<PublicAgent[]> {
  const q = query.trim().slice(0, 100);
  if (q.length < 3) return [];
  const phone = /^[\d\s+().-]+$/.test(q) ? normalisePhone(q) : null;
  let ids: string[];
  if (phone) {
    ids = (await db.agent.findMany({ where: { phone }, select: { id: true }, orderBy: { name: "asc" }, take: limit })).map((a) => a.id);
  } else {
    const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
      SELECT "id" FROM "Agent" WHERE "name" ILIKE ${likePattern(q)} OR "name" % ${q}
      ORDER BY similarity("name", ${q}) DESC, "name" ASC, "id" ASC LIMIT ${limit}`);
    ids = rows.map((r) => r.id);
  }
  if (ids.length === 0) return [];
  const agents = await db.agent.findMany({
    where: { id: { in: ids } },
    select: {
      id: true, name: true, watchlisted: true, watchlistReason: true, claimedCompanyName: true, updatedAt: true,
      claimedRecruiter: { select: { name: true, licenceNumber: true, status: true, suspensionScope: true, suspendedUntil: true, statusDecree: true, statusDecreeOn: true } },
    },
  });
  const byId = new Map(agents.map((a) => [a.id, a]));
  return ids.flatMap((id) => {
    const a = byId.get(id);
    if (!a) return [];
    const r = a.claimedRecruiter;
    return [{
      id: a.id, name: a.name, watchlisted: a.watchlisted, watchlistReason: a.watchlisted ? a.watchlistReason : null,
      claimedCompanyName: a.claimedCompanyName, updatedAt: a.updatedAt,
      claimedCompany: r ? { name: r.name, licenceNumber: r.licenceNumber, status: r.status, suspensionScope: r.suspensionScope, suspendedUntil: r.suspendedUntil, decree: r.statusDecree, decreeOn: r.statusDecreeOn } : null,
    }];
  });
}
