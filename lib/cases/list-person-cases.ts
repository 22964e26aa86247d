import "server-only";
import { db } from "@/lib/db/client";
import { can, type Actor } from "@/lib/authz";
import { caseScope } from "./case-access";

/** A person's cases for their page's timeline; none for a role that does not read cases. */
export async function listPersonCases(actor: Actor, personId: string) {
  if (!can(actor.role, "case:read")) return [];
  return db.case.findMany({
    where: { AND: [{ personId }, caseScope(actor)] },
    orderBy: [{ reportedAt: "desc" }, { id: "desc" }],
    take: 50,
    select: { id: true, number: true, category: true, status: true, reportedAt: true },
  });
}
