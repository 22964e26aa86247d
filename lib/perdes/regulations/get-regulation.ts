import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { UUID } from "@/lib/registry/schemas";
import { ARTICLE_FIELDS, AUDITED_REGULATION_FIELDS, type ArticleRow, type AuditedRegulation } from "./regulation-access";

export type RegulationArticle = ArticleRow & {
  /** Checklist items tied to this article: while there are any, it cannot be removed. */
  checklistItemCount: number;
};
export type RegulationDetail = AuditedRegulation & { villageName: string; articles: RegulationArticle[] };

/** One regulation with its articles in order, for staff; outside the actor's scope it is NotFound. */
export async function getRegulation(actor: Actor, id: string): Promise<RegulationDetail> {
  assertCan(actor, "monitoring:read");
  if (!UUID.test(id)) throw new NotFoundError("VillageRegulation");
  const found = await db.villageRegulation.findFirst({
    where: { AND: [{ id }, villageScope(actor)] },
    select: {
      ...AUDITED_REGULATION_FIELDS,
      village: { select: { region: { select: { name: true } } } },
      articles: {
        select: { ...ARTICLE_FIELDS, _count: { select: { checklistItems: true } } },
        orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
      },
    },
  });
  if (!found) throw new NotFoundError("VillageRegulation");
  const { village, articles, ...regulation } = found;
  return {
    ...regulation,
    villageName: village.region.name,
    articles: articles.map(({ _count, ...a }) => ({ ...a, checklistItemCount: _count.checklistItems })),
  };
}
