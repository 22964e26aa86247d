import "server-only";
import { db } from "@/lib/db/client";
import { Prisma, type Sector } from "@/lib/db/generated/client";
import { assertCan, villageScope, type Actor, type VillageFilter } from "@/lib/authz";
import { daysBetween } from "./dates";
import { WELFARE_DEFAULT_DAYS, type WelfareQuery } from "./schemas";
import { decodeWelfareCursor, encodeWelfareCursor } from "./welfare-cursor";

export const WELFARE_PAGE_SIZE = 25;

export type WelfareRow = {
  placementId: string;
  personId: string;
  personName: string;
  villageCode: string;
  countryCode: string;
  countryNameId: string;
  countryNameEn: string;
  jobCode: string;
  jobNameId: string;
  jobNameEn: string;
  sector: Sector;
  departureDate: Date | null;
  lastContactAt: Date | null;
  /** Whole days since the last contact, or since departure when never contacted; null when neither is known. */
  daysSinceContact: number | null;
  neverContacted: boolean;
};

type RawRow = Omit<WelfareRow, "daysSinceContact" | "neverContacted"> & { ref: Date | null };

/** The actor's scope (lib/authz/scope.ts) as SQL on a villageCode column. */
function scopeSql(filter: VillageFilter, column: Prisma.Sql): Prisma.Sql {
  const v = filter.villageCode;
  if (v === undefined) return Prisma.sql`TRUE`;
  if (typeof v === "string") return Prisma.sql`${column} = ${v}`;
  if ("startsWith" in v) return Prisma.sql`${column} LIKE ${`${v.startsWith}%`}`;
  return Prisma.sql`FALSE`; // { in: [] }: nothing
}

// The moment the silence started: the last contact, or the departure day for a worker never
// contacted since leaving.
const REF = Prisma.sql`COALESCE(p."lastContactAt", p."departureDate"::timestamp AT TIME ZONE 'UTC')`;

/**
 * Workers abroad (DEPARTED placements in the actor's villages) with no contact for at least
 * `days` days (default 60): never-contacted ones count from their departure day. Longest
 * silence first; a placement without any date (possible in imported data) comes first of all.
 * Keyset pages on (reference moment, placement id).
 */
export async function listWelfare(actor: Actor, query: Partial<WelfareQuery> = {}, opts: { now?: Date; pageSize?: number } = {}) {
  assertCan(actor, "person:read");
  const now = opts.now ?? new Date();
  const days = query.days ?? WELFARE_DEFAULT_DAYS;
  const pageSize = opts.pageSize ?? WELFARE_PAGE_SIZE;
  const cutoff = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);

  const where = Prisma.sql`p.status = 'DEPARTED'
    AND ${scopeSql(villageScope(actor), Prisma.sql`p."villageCode"`)}
    AND (${REF} IS NULL OR ${REF} <= ${cutoff})`;
  const cursor = decodeWelfareCursor(query.cursor);
  const after = !cursor
    ? Prisma.sql`TRUE`
    : cursor.at === null
      ? Prisma.sql`((${REF} IS NULL AND p.id > ${cursor.id}::uuid) OR ${REF} IS NOT NULL)`
      : Prisma.sql`(${REF} > ${cursor.at} OR (${REF} = ${cursor.at} AND p.id > ${cursor.id}::uuid))`;

  const [found, counted] = await Promise.all([
    db.$queryRaw<RawRow[]>`
      SELECT p.id AS "placementId", p."personId", per.name AS "personName", p."villageCode",
             p."countryCode", c."nameId" AS "countryNameId", c."nameEn" AS "countryNameEn",
             p."jobCode", j."nameId" AS "jobNameId", j."nameEn" AS "jobNameEn", j.sector::text AS sector,
             p."departureDate", p."lastContactAt", ${REF} AS ref
      FROM "Placement" p
      JOIN "Person" per ON per.id = p."personId"
      JOIN "Country" c ON c.code = p."countryCode"
      JOIN "Job" j ON j.code = p."jobCode"
      WHERE ${where} AND ${after}
      ORDER BY ref ASC NULLS FIRST, p.id ASC
      LIMIT ${pageSize + 1}`,
    db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM "Placement" p WHERE ${where}`,
  ]);

  const hasMore = found.length > pageSize;
  const page = found.slice(0, pageSize);
  const rows: WelfareRow[] = page.map(({ ref, ...r }) => ({
    ...r,
    daysSinceContact: ref ? daysBetween(ref, now) : null,
    neverContacted: r.lastContactAt === null,
  }));
  const last = page[page.length - 1];
  const nextCursor = hasMore && last ? encodeWelfareCursor({ at: last.ref, id: last.placementId }) : null;
  return { rows, total: Number(counted[0]?.total ?? 0), nextCursor, days };
}
