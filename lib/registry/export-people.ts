import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan, type Actor } from "@/lib/authz";
import type { PersonRow } from "./list-people";
import { listPeopleParams, type ListPeopleQuery } from "./list-people-query";
import { maskNik, seesIdentifiers } from "./mask";
import { peopleWhereSql, PERSON_COLUMNS } from "./people-sql";

/** A download holds at most this many people; a bigger list asks for narrower filters. */
export const PEOPLE_EXPORT_LIMIT = 50_000;
const BATCH = 5_000;

/** A row with the names of its village, destination and job (both languages). */
export type ExportedPerson = PersonRow & {
  villageName: string | null;
  countryNameId: string | null;
  countryNameEn: string | null;
  jobNameId: string | null;
  jobNameEn: string | null;
};

/**
 * The people list as it is filtered on screen (same scope, filters and search), in name
 * order, read in keyset batches so a large village does not hold the pool. NIKs are masked for
 * roles that see them masked on screen. Taking the copy out is recorded in the audit log.
 */
export async function exportPeople(
  actor: Actor,
  query: ListPeopleQuery,
  meta: { ip?: string | null; format: "csv" | "xlsx" },
): Promise<{ rows: ExportedPerson[]; truncated: boolean }> {
  assertCan(actor, "registry:export");
  const where = peopleWhereSql(actor, query);
  const found: ExportedPerson[] = [];
  let after: { name: string; id: string } | null = null;
  while (found.length <= PEOPLE_EXPORT_LIMIT) {
    const keyed: Prisma.Sql = after ? Prisma.sql`${where} AND (p."name", p."id") > (${after.name}, ${after.id}::uuid)` : where;
    const batch = await db.$queryRaw<ExportedPerson[]>`
      SELECT ${PERSON_COLUMNS}, r."name" AS "villageName", c."nameId" AS "countryNameId", c."nameEn" AS "countryNameEn",
        j."nameId" AS "jobNameId", j."nameEn" AS "jobNameEn"
      FROM "Person" p LEFT JOIN "Region" r ON r."code" = p."villageCode"
        LEFT JOIN "Country" c ON c."code" = p."currentCountryCode" LEFT JOIN "Job" j ON j."code" = p."currentJobCode"
      WHERE ${keyed} ORDER BY p."name", p."id" LIMIT ${BATCH}`;
    found.push(...batch);
    if (batch.length < BATCH) break;
    const last = batch[batch.length - 1]!;
    after = { name: last.name, id: last.id };
  }
  const truncated = found.length > PEOPLE_EXPORT_LIMIT;
  const clear = seesIdentifiers(actor.role);
  const rows = found.slice(0, PEOPLE_EXPORT_LIMIT).map((r) => (clear ? r : { ...r, nik: maskNik(r.nik) }));
  await writeAudit(db, {
    actor,
    action: "person.export",
    entity: "Person",
    villageCode: actor.villageCode,
    after: { filters: Object.fromEntries(listPeopleParams(query)), format: meta.format, rows: rows.length, truncated },
    ip: meta.ip,
  });
  return { rows, truncated };
}
