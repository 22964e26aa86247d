import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import { findScopedCase } from "@/lib/cases/case-access";

/** A case's mediation records, latest meeting first. NotFound outside the actor's scope. */
export async function listCaseMediations(actor: Actor, caseId: string) {
  assertCan(actor, "case:read");
  const kase = await findScopedCase(db, actor, caseId);
  return db.caseMediation.findMany({
    where: { caseId: kase.id },
    orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }, { id: "asc" }],
    select: { id: true, heldOn: true, place: true, mediatorName: true, outcome: true },
  });
}
export type CaseMediationRow = Awaited<ReturnType<typeof listCaseMediations>>[number];
