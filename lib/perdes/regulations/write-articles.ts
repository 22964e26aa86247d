import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { FieldError } from "@/lib/validation/errors";
import { articleAnchor } from "./article-anchor";
import { ARTICLE_FIELDS, findScopedRegulation, type ArticleRow, type AuditedRegulation } from "./regulation-access";
import { addArticleSchema, moveArticleSchema, removeArticleSchema, updateArticleSchema } from "./schemas";

// The articles of a regulation. Every write is a write of the regulation: it carries the
// regulation's version (optimistic locking over the whole text), raises it, and is audited
// as entity "VillageRegulation" with the article before and after.

type Meta = { ip?: string | null };
type Change = { action: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null };

const snapshot = (a: ArticleRow) => ({ id: a.id, number: a.number, heading: a.heading, text: a.text, sortOrder: a.sortOrder });

async function articlesOf(tx: Tx, regulationId: string): Promise<ArticleRow[]> {
  return tx.villageRegulationArticle.findMany({ where: { regulationId }, select: ARTICLE_FIELDS, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }] });
}

/** Two articles with one number would share an anchor on the public page (#pasal-5). */
function assertNumberFree(articles: ArticleRow[], number: string, exceptId?: string): void {
  const anchor = articleAnchor(number);
  if (articles.some((a) => a.id !== exceptId && articleAnchor(a.number) === anchor)) throw new FieldError("number", "perdes:articleNumberTaken");
}

function findArticle(articles: ArticleRow[], articleId: string): ArticleRow {
  const article = articles.find((a) => a.id === articleId);
  if (!article) throw new NotFoundError("VillageRegulationArticle");
  return article;
}

/** Loads the regulation in scope at the given version, runs the change, raises the version, audits. */
async function writeRegulationText(
  actor: Actor,
  input: { regulationId: string; version: number },
  meta: Meta,
  work: (tx: Tx, regulation: AuditedRegulation, articles: ArticleRow[]) => Promise<Change>,
): Promise<{ id: string; version: number }> {
  assertCan(actor, "regulation:write");
  return db.$transaction(async (tx) => {
    const regulation = await findScopedRegulation(tx, actor, input.regulationId);
    if (regulation.version !== input.version) throw new FieldError("_form", "perdes:versionConflict");
    const change = await work(tx, regulation, await articlesOf(tx, regulation.id));
    const { count } = await tx.villageRegulation.updateMany({
      where: { AND: [{ id: regulation.id, version: input.version }, villageScope(actor)] },
      data: { version: { increment: 1 } },
    });
    if (count === 0) throw new FieldError("_form", "perdes:versionConflict");
    const version = input.version + 1;
    await writeAudit(tx, {
      actor,
      action: change.action,
      entity: "VillageRegulation",
      entityId: regulation.id,
      villageCode: regulation.villageCode,
      before: { version: input.version, ...(change.before ?? {}) },
      after: { version, ...(change.after ?? {}) },
      ip: meta.ip,
    });
    return { id: regulation.id, version };
  });
}

/** Adds an article at the end. */
export async function addArticle(actor: Actor, rawInput: unknown, meta: Meta = {}) {
  const input = addArticleSchema.parse(rawInput);
  return writeRegulationText(actor, input, meta, async (tx, regulation, articles) => {
    assertNumberFree(articles, input.number);
    const sortOrder = articles.reduce((max, a) => Math.max(max, a.sortOrder), -1) + 1;
    const created = await tx.villageRegulationArticle.create({
      data: { regulationId: regulation.id, number: input.number, heading: input.heading, text: input.text, sortOrder },
      select: ARTICLE_FIELDS,
    });
    return { action: "regulation.article.add", before: null, after: { article: snapshot(created) } };
  });
}

/** Changes an article's number, heading or text. */
export async function updateArticle(actor: Actor, rawInput: unknown, meta: Meta = {}) {
  const input = updateArticleSchema.parse(rawInput);
  return writeRegulationText(actor, input, meta, async (tx, _regulation, articles) => {
    const before = findArticle(articles, input.articleId);
    assertNumberFree(articles, input.number, before.id);
    const after = await tx.villageRegulationArticle.update({
      where: { id: before.id },
      data: { number: input.number, heading: input.heading, text: input.text },
      select: ARTICLE_FIELDS,
    });
    return { action: "regulation.article.update", before: { article: snapshot(before) }, after: { article: snapshot(after) } };
  });
}

/** Moves an article one place up or down (swaps it with its neighbour). */
export async function moveArticle(actor: Actor, rawInput: unknown, meta: Meta = {}) {
  const input = moveArticleSchema.parse(rawInput);
  return writeRegulationText(actor, input, meta, async (tx, _regulation, articles) => {
    const index = articles.indexOf(findArticle(articles, input.articleId));
    const target = input.direction === "up" ? index - 1 : index + 1;
    if (target < 0 || target >= articles.length) throw new FieldError("_form", "perdes:articleCannotMove");
    const order = articles.map((a) => a.id);
    [order[index], order[target]] = [order[target]!, order[index]!];
    // Numbered again 0, 1, 2…: also repairs equal sort orders left by older data.
    for (const [i, id] of order.entries()) {
      const current = articles.find((a) => a.id === id)!;
      if (current.sortOrder !== i) await tx.villageRegulationArticle.update({ where: { id }, data: { sortOrder: i } });
    }
    const numbers = (ids: string[]) => ids.map((id) => articles.find((a) => a.id === id)!.number);
    return { action: "regulation.article.move", before: { order: articles.map((a) => a.number) }, after: { order: numbers(order) } };
  });
}

/** Removes an article, unless a checklist item of the village points to it. */
export async function removeArticle(actor: Actor, rawInput: unknown, meta: Meta = {}) {
  const input = removeArticleSchema.parse(rawInput);
  return writeRegulationText(actor, input, meta, async (tx, _regulation, articles) => {
    const article = findArticle(articles, input.articleId);
    const tied = await tx.villageChecklistItem.count({ where: { articleId: article.id } });
    if (tied > 0) throw new FieldError("_form", "perdes:articleInChecklist");
    try {
      await tx.villageRegulationArticle.delete({ where: { id: article.id } });
    } catch (error) {
      // A checklist item tied to it in the meantime: the foreign key refuses.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") throw new FieldError("_form", "perdes:articleInChecklist");
      throw error;
    }
    return { action: "regulation.article.remove", before: { article: snapshot(article) }, after: null };
  });
}
