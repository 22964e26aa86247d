import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/authz";
import { dayBounds, type PerdesPeriod } from "@/lib/perdes/period";
import { villageScopeSql } from "@/lib/perdes/scope-sql";
import type { MonitoringCursor, MonitoringList } from "./monitoring-lists";

// The SQL of the monitoring lists, shared by the counts, the pages and the export so they
// cannot drift apart. Every condition is on "Placement" p and carries the actor's scope.
// Dates are calendar dates (@db.Date), compared as 'YYYY-MM-DD' so no time zone enters.

/** What belongs to a list. `today` is today's WIB date, "YYYY-MM-DD". */
export function listWhereSql(actor: Actor, list: MonitoringList, period: PerdesPeriod, today: string): Prisma.Sql {
  const scope = villageScopeSql(actor, Prisma.sql`p."villageCode"`);
  const { first, afterLast } = dayBounds(period);
  const inPeriod = (column: Prisma.Sql) => Prisma.sql`${column} >= ${first}::date AND ${column} < ${afterLast}::date`;
  switch (list) {
    // Decision 022: a departure is a placement with a departure date in the period, not cancelled.
    case "departures":
      return Prisma.sql`${scope} AND p."status" IN ('DEPARTED', 'RETURNED') AND ${inPeriod(Prisma.sql`p."departureDate"`)}`;
    case "abroad":
      return Prisma.sql`${scope} AND p."status" = 'DEPARTED'`;
    // Should be back: abroad, the contract ended before today, no return recorded.
    case "returnsDue":
      return Prisma.sql`${scope} AND p."status" = 'DEPARTED' AND p."contractEnd" < ${today}::date AND p."returnDate" IS NULL`;
    case "returns":
      return Prisma.sql`${scope} AND ${inPeriod(Prisma.sql`p."returnDate"`)}`;
    case "nonProcedural":
      return Prisma.sql`${scope} AND p."nonProcedural" AND p."status" IN ('DEPARTED', 'RETURNED') AND ${inPeriod(Prisma.sql`p."departureDate"`)}`;
  }
}

/** The day each list is sorted on, never null (a DEPARTED placement may lack a departure date). */
export function sortDaySql(list: MonitoringList): Prisma.Sql {
  switch (list) {
    case "departures":
    case "nonProcedural":
      return Prisma.sql`p."departureDate"`;
    // Longest abroad first; an unknown departure day before all.
    case "abroad":
      return Prisma.sql`COALESCE(p."departureDate", DATE '0001-01-01')`;
    // Longest overdue first.
    case "returnsDue":
      return Prisma.sql`p."contractEnd"`;
    case "returns":
      return Prisma.sql`p."returnDate"`;
  }
}

export type MonitoringRowRaw = {
  placementId: string;
  personId: string;
  personName: string;
  villageCode: string;
  villageName: string | null;
  countryCode: string;
  countryNameId: string | null;
  countryNameEn: string | null;
  status: string;
  departureDate: Date | null;
  contractEnd: Date | null;
  returnDate: Date | null;
  nonProcedural: boolean;
  sortDay: string;
};

/** One page (limit rows) after the cursor, oldest sort day first. */
export function listPageSql(where: Prisma.Sql, list: MonitoringList, cursor: MonitoringCursor | null, limit: number): Prisma.Sql {
  const key = sortDaySql(list);
  const after = cursor ? Prisma.sql`AND (${key}, p."id") > (${cursor.day}::date, ${cursor.id}::uuid)` : Prisma.empty;
  return Prisma.sql`
    SELECT p."id"::text AS "placementId", p."personId"::text AS "personId", per."name" AS "personName",
      p."villageCode", r."name" AS "villageName", p."countryCode", co."nameId" AS "countryNameId", co."nameEn" AS "countryNameEn",
      p."status"::text AS "status", p."departureDate", p."contractEnd", p."returnDate", p."nonProcedural",
      to_char(${key}, 'YYYY-MM-DD') AS "sortDay"
    FROM "Placement" p
      JOIN "Person" per ON per."id" = p."personId"
      LEFT JOIN "Region" r ON r."code" = p."villageCode"
      LEFT JOIN "Country" co ON co."code" = p."countryCode"
    WHERE ${where} ${after}
    ORDER BY ${key}, p."id"
    LIMIT ${limit}`;
}
