import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { Education, FamilyRelation, MaritalStatus, PlacementStatus, Sector, Sex } from "@/lib/db/generated/enums";
import { readRow, readRows } from "@/lib/db/read";
import { assertCan, NotFoundError, type Actor } from "@/lib/authz";
import { villageScopeSql } from "@/lib/perdes/scope-sql";
import { maskIdentifiers } from "./mask";
import { UUID } from "./schemas";

export type PersonDetail = Awaited<ReturnType<typeof getPerson>>;

type PersonRow = {
  id: string;
  villageCode: string;
  nik: string;
  name: string;
  sex: Sex;
  birthPlace: string;
  birthDate: Date;
  address: string | null;
  dusun: string | null;
  rt: string | null;
  rw: string | null;
  phone: string | null;
  education: Education | null;
  maritalStatus: MaritalStatus | null;
  passportNumber: string | null;
  healthNotes: string | null;
  householdId: string | null;
  relationToHead: FamilyRelation | null;
  currentPlacementId: string | null;
  currentStatus: PlacementStatus | null;
  currentCountryCode: string | null;
  currentJobCode: string | null;
  currentSector: Sector | null;
  currentRecruiter: string | null;
  currentChecklistComplete: boolean | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  villageName: string;
  kkNumber: string | null;
  householdAddress: string | null;
  householdDusun: string | null;
  householdRt: string | null;
  householdRw: string | null;
};

export type HouseholdMemberRow = { id: string; name: string; sex: Sex; birthDate: Date; relationToHead: FamilyRelation | null };

/**
 * One person for the person page and the edit form, with their household. NIK and passport
 * come masked for roles without person:read-identifiers; health notes never come (only
 * whether there are any): they are shown through revealPersonField. A malformed id, an
 * unknown one or one outside the actor's villages is NotFound. Two prepared statements
 * (lib/db/read.ts: the person page is one of the benchmarked pages).
 */
export async function getPerson(actor: Actor, id: string) {
  assertCan(actor, "person:read");
  if (!UUID.test(id)) throw new NotFoundError("Person");
  const row = await readRow<PersonRow>(
    Prisma.sql`SELECT p."id", p."villageCode", p."nik", p."name", p."sex", p."birthPlace", p."birthDate", p."address", p."dusun",
        p."rt", p."rw", p."phone", p."education", p."maritalStatus", p."passportNumber", p."healthNotes", p."householdId",
        p."relationToHead", p."currentPlacementId", p."currentStatus", p."currentCountryCode", p."currentJobCode",
        p."currentSector", p."currentRecruiter", p."currentChecklistComplete", p."version", p."createdAt", p."updatedAt",
        r."name" AS "villageName", h."kkNumber", h."address" AS "householdAddress", h."dusun" AS "householdDusun",
        h."rt" AS "householdRt", h."rw" AS "householdRw"
      FROM "Person" p JOIN "Region" r ON r."code" = p."villageCode" LEFT JOIN "Household" h ON h."id" = p."householdId"
      WHERE p."id" = ${id}::uuid AND ${villageScopeSql(actor, Prisma.sql`p."villageCode"`)}`,
    { prepare: true },
  );
  if (!row) throw new NotFoundError("Person");
  const members = row.householdId
    ? await readRows<HouseholdMemberRow>(
        Prisma.sql`SELECT m."id", m."name", m."sex", m."birthDate", m."relationToHead" FROM "Person" m
          WHERE m."householdId" = ${row.householdId}::uuid AND ${villageScopeSql(actor, Prisma.sql`m."villageCode"`)}
          ORDER BY m."birthDate", m."id"`,
        { prepare: true },
      )
    : [];
  const { nik, passportNumber, healthNotes, kkNumber, householdAddress, householdDusun, householdRt, householdRw, ...rest } = row;
  const household =
    row.householdId && kkNumber !== null
      ? { id: row.householdId, kkNumber, address: householdAddress, dusun: householdDusun, rt: householdRt, rw: householdRw, members }
      : null;
  return { ...rest, household, ...maskIdentifiers(actor.role, { nik, passportNumber, healthNotes }) };
}
