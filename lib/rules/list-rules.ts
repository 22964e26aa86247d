import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";

// The rule data (reference data, not village data): every staff role reads it; BP3MI staff
// and admins edit it (rules:write, see update-rule.ts).

export async function listCountryRules(actor: Actor) {
  assertCan(actor, "recruiter:read");
  return db.country.findMany({
    orderBy: [{ moratoriumHousehold: "desc" }, { nameId: "asc" }],
    select: { code: true, nameId: true, nameEn: true, moratoriumHousehold: true, destination: true, legalBasis: true, lastCheckedOn: true },
  });
}
export type CountryRule = Awaited<ReturnType<typeof listCountryRules>>[number];

export async function listJobRules(actor: Actor) {
  assertCan(actor, "recruiter:read");
  return db.job.findMany({
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { code: true, nameId: true, nameEn: true, sector: true, zeroCost: true, household: true, legalBasis: true, lastCheckedOn: true },
  });
}
export type JobRule = Awaited<ReturnType<typeof listJobRules>>[number];
