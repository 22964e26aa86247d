import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";
import { NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { UUID } from "@/lib/registry/schemas";

// Shared by the regulation data functions: the fields an audit entry records, and the lookup
// every write starts with.

export const AUDITED_REGULATION_FIELDS = {
  id: true,
  villageCode: true,
  number: true,
  year: true,
  title: true,
  status: true,
  enactedOn: true,
  version: true,
} as const satisfies Prisma.VillageRegulationSelect;

export type AuditedRegulation = Prisma.VillageRegulationGetPayload<{ select: typeof AUDITED_REGULATION_FIELDS }>;

export const ARTICLE_FIELDS = { id: true, number: true, heading: true, text: true, sortOrder: true } as const satisfies Prisma.VillageRegulationArticleSelect;
export type ArticleRow = Prisma.VillageRegulationArticleGetPayload<{ select: typeof ARTICLE_FIELDS }>;

/** The regulation if it is in the actor's villages; otherwise NotFound (its existence stays hidden). */
export async function findScopedRegulation(tx: Tx, actor: Actor, id: string): Promise<AuditedRegulation> {
  if (!UUID.test(id)) throw new NotFoundError("VillageRegulation");
  const regulation = await tx.villageRegulation.findFirst({ where: { AND: [{ id }, villageScope(actor)] }, select: AUDITED_REGULATION_FIELDS });
  if (!regulation) throw new NotFoundError("VillageRegulation");
  return regulation;
}
