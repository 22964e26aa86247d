import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatusBanner } from "@/components/admin/status-banner";
import { PlainBadge } from "@/components/perdes/verification/check-badges";
import { AddTemplateItemForm } from "@/components/perdes/template/add-template-item-form";
import { TemplateItemForm } from "@/components/perdes/template/template-item-form";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { getChecklistTemplate, listTemplateArticles } from "@/lib/perdes/checklist/get-checklist-template";
import { articlePath } from "@/lib/perdes/regulations/article-anchor";
import { listScopedVillages, pickScopedVillage } from "@/lib/perdes/scoped-villages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("verification.template.page");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The village's pre-departure checklist template: read by the village's roles and BP3MI staff
 * of the region (who pick a village), edited by the village's officials.
 */
export default async function ChecklistTemplatePage({ searchParams }: Props) {
  const actor = await requirePermission("departure-check:read");
  const query = await searchParams;
  const asked = typeof query.desa === "string" ? query.desa : undefined;
  const t = await getTranslations("verification.template");
  const village = await pickScopedVillage(actor, asked);
  const choices = actor.role === "BP3MI_STAFF" ? await listScopedVillages(actor) : null;

  const picker = choices ? (
    choices.length === 0 ? (
      <EmptyState text={t("page.noVillages")} />
    ) : (
      <form method="get" aria-label={t("page.chooseVillage")} className="mb-6 flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="desa" className="text-sm font-medium text-slate-800">{t("page.villageLabel")}</label>
          <select id="desa" name="desa" defaultValue={village?.code ?? ""} className="rounded-md border border-slate-400 bg-white px-3 py-2 text-base">
            <option value="">{t("page.chooseVillage")}</option>
            {choices.map((v) => (
              <option key={v.code} value={v.code}>{[v.name, v.district].filter(Boolean).join(", ")}</option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">{t("page.show")}</Button>
      </form>
    )
  ) : null;

  if (!village) {
    return (
      <>
        <PageHeader title={t("page.title")} description={t("page.description")} />
        {picker}
      </>
    );
  }

  const canEdit = can(actor.role, "checklist-template:write") && actor.villageCode === village.code;
  const [{ items, isDefault }, articles] = await Promise.all([getChecklistTemplate(actor, village.code), canEdit ? listTemplateArticles(actor, village.code) : []]);
  const articleOptions = articles.map((a) => ({ value: a.id, label: `${a.regulationLabel}, ${a.number}${a.heading ? ` (${a.heading})` : ""}` }));
  const fieldStrings = {
    label: t("fields.label"),
    legalBasis: t("fields.legalBasis"),
    legalBasisHint: t("fields.legalBasisHint"),
    article: t("fields.article"),
    noArticle: t("fields.noArticle"),
    mandatory: t("fields.mandatory"),
    active: t("fields.active"),
    sortOrder: t("fields.sortOrder"),
    sortOrderHint: t("fields.sortOrderHint"),
  };

  return (
    <>
      <PageHeader title={t("page.title")} description={t("page.description")} />
      {query.done === "added" ? <StatusBanner text={t("add.done")} /> : null}
      {picker}
      <section aria-labelledby="template-title" className="flex flex-col gap-4">
        <h2 id="template-title">{t("page.villageTitle", { village: village.name })}</h2>
        <p className="text-sm text-slate-600">{t("page.intro")}</p>
        {isDefault ? <p className="text-sm text-slate-700">{t("page.defaultNotice")}</p> : null}
        {!canEdit ? <p className="text-sm text-slate-600">{t("page.readOnly")}</p> : null}
        <ol className="flex flex-col gap-3">
          {items.map((item) => (
            <li key={item.id ?? item.kind} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <h3 className="text-base font-semibold [overflow-wrap:anywhere]">{item.label}</h3>
                  {item.legalBasis ? <p className="text-xs text-slate-600">{t("item.basis", { basis: item.legalBasis })}</p> : null}
                  {item.article ? (
                    <p className="text-xs">
                      <a href={articlePath(village.code, item.article.regulationId, item.article.number)}>{t("item.article", { article: `${item.article.regulationLabel}, ${item.article.number}` })}</a>
                    </p>
                  ) : null}
                </div>
                <div className="flex flex-wrap gap-1">
                  <PlainBadge label={t(`kind.${item.kind}`)} />
                  <PlainBadge label={item.mandatory ? t("item.mandatory") : t("item.optional")} />
                  {!item.active ? <PlainBadge label={t("item.inactive")} tone="amber" /> : null}
                </div>
              </div>
              {canEdit && item.id ? (
                <div className="mt-3">
                  <TemplateItemForm
                    item={{ id: item.id, version: item.version }}
                    values={{ label: item.label, legalBasis: item.legalBasis ?? "", articleId: item.article?.id ?? "", mandatory: item.mandatory, active: item.active, sortOrder: String(item.sortOrder) }}
                    articles={articleOptions}
                    strings={{ ...fieldStrings, summary: t("edit.summary"), title: t("edit.title", { label: item.label }), submit: t("edit.submit"), pending: t("edit.pending"), done: t("edit.done") }}
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ol>
        {canEdit ? <AddTemplateItemForm articles={articleOptions} strings={{ ...fieldStrings, title: t("add.title"), submit: t("add.submit"), pending: t("add.pending") }} /> : null}
      </section>
    </>
  );
}
