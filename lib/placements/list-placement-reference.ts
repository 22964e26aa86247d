import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";

/** Destination countries and jobs for the placement form (reference data from the migrations). */
export async function listPlacementReference(actor: Actor) {
  assertCan(actor, "placement:write");
  const [countries, jobs] = await Promise.all([
    db.country.findMany({ orderBy: { nameId: "asc" }, select: { code: true, nameId: true, nameEn: true, moratoriumHousehold: true } }),
    db.job.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { code: true, nameId: true, nameEn: true, sector: true, zeroCost: true, household: true } }),
  ]);
  return { countries, jobs };
}
export type PlacementReference = Awaited<ReturnType<typeof listPlacementReference>>;
