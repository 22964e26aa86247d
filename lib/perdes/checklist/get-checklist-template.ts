import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, villageInScope, type Actor } from "@/lib/authz";
import idVerification from "@/lib/i18n/messages/id/verification.json";
import { DEFAULT_CHECKLIST, SORT_STEP } from "../default-template";
import { ensureVillageTemplate } from "./ensure-village-template";
import type { VerificationKind } from "./rules";

export type TemplateArticle = { id: string; number: string; heading: string | null; regulationId: string; regulationLabel: string };

export type TemplateItem = {
  /** null for the default items shown before the village has its own template. */
  id: string | null;
  kind: VerificationKind;
  label: string;
  legalBasis: string | null;
  article: TemplateArticle | null;
  mandatory: boolean;
  active: boolean;
  sortOrder: number;
  version: number;
};

const ARTICLE_SELECT = {
  id: true,
  number: true,
  heading: true,
  regulation: { select: { id: true, number: true, year: true, title: true } },
} as const;

type ArticleRow = { id: string; number: string; heading: string | null; regulation: { id: string; number: string; year: number; title: string } };

function toArticle(a: ArticleRow): TemplateArticle {
  return { id: a.id, number: a.number, heading: a.heading, regulationId: a.regulation.id, regulationLabel: `Perdes ${a.regulation.number}/${a.regulation.year}: ${a.regulation.title}` };
}

/**
 * A village's checklist template; a village outside the actor's scope is NotFound. A village role opening it is the village's first use: the
 * template is made from the default then (audited). BP3MI staff only read: before the village
 * has its own, they see the default (`isDefault`).
 */
export async function getChecklistTemplate(actor: Actor, villageCode: string): Promise<{ items: TemplateItem[]; isDefault: boolean }> {
  assertCan(actor, "departure-check:read");
  if (!villageInScope(actor, villageCode)) throw new NotFoundError("Village");
  if (actor.villageCode === villageCode) {
    await db.$transaction((tx) => ensureVillageTemplate(tx, villageCode, { actor }));
  }
  const rows = await db.villageChecklistItem.findMany({
    where: { villageCode },
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, label: true, legalBasis: true, mandatory: true, active: true, sortOrder: true, version: true, article: { select: ARTICLE_SELECT } },
  });
  if (rows.length === 0) {
    const labels = idVerification.template.default;
    return {
      isDefault: true,
      items: DEFAULT_CHECKLIST.map((d, i) => ({ id: null, kind: d.kind, label: labels[d.kind], legalBasis: d.legalBasis, article: null, mandatory: d.mandatory, active: true, sortOrder: (i + 1) * SORT_STEP, version: 0 })),
    };
  }
  return { isDefault: false, items: rows.map((r) => ({ ...r, article: r.article ? toArticle(r.article) : null })) };
}

/** The articles of the village's regulations (not revoked ones) an item may be tied to. */
export async function listTemplateArticles(actor: Actor, villageCode: string): Promise<TemplateArticle[]> {
  assertCan(actor, "departure-check:read");
  if (!villageInScope(actor, villageCode)) throw new NotFoundError("Village");
  const rows = await db.villageRegulationArticle.findMany({
    where: { regulation: { villageCode, status: { not: "REVOKED" } } },
    orderBy: [{ regulation: { year: "desc" } }, { regulation: { number: "asc" } }, { sortOrder: "asc" }, { id: "asc" }],
    select: ARTICLE_SELECT,
    take: 500,
  });
  return rows.map(toArticle);
}
