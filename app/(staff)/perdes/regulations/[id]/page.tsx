import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBanner } from "@/components/admin/status-banner";
import { AddArticleForm, EditArticleForm, MoveArticleButtons, RemoveArticleForm } from "@/components/perdes/article-forms";
import { UpdateRegulationForm } from "@/components/perdes/regulation-form";
import { RegulationStatusBadge } from "@/components/perdes/regulation-status-badge";
import { articleFormStrings, regulationFormStrings, regulationStatusOptions } from "@/components/perdes/regulation-strings";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can, NotFoundError } from "@/lib/authz";
import { formatDate } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { toDateInput, todayWib } from "@/lib/placements/dates";
import { articleAnchor } from "@/lib/perdes/regulations/article-anchor";
import { getRegulation } from "@/lib/perdes/regulations/get-regulation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("perdes.regulations.page");
  return { title: t("metaTitle") };
}

const section = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6";
const DONE = ["created", "saved", "articleAdded", "articleSaved", "articleMoved", "articleRemoved"] as const;
type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One Perdes with its articles in order; officials of the village edit it here. Outside the actor's scope: 404. */
export default async function RegulationPage({ params, searchParams }: Props) {
  const actor = await requirePermission("monitoring:read");
  const { id } = await params;
  const regulation = await getRegulation(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const done = (await searchParams).done;
  const locale = toLocale(await getLocale());
  const t = await getTranslations("perdes.regulations");
  const canWrite = can(actor.role, "regulation:write");
  const [formStrings, articleStrings, statuses] = canWrite ? await Promise.all([regulationFormStrings(), articleFormStrings(), regulationStatusOptions()]) : [null, null, null];
  const onRegulation = { regulationId: regulation.id, version: regulation.version };
  const last = regulation.articles.length - 1;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/perdes/regulations?village=${regulation.villageCode}`}>{t("page.backToList")}</Link>
      </p>
      <PageHeader title={t("page.heading", { village: regulation.villageName, number: regulation.number, year: regulation.year })} description={regulation.title} />
      {typeof done === "string" && (DONE as readonly string[]).includes(done) ? <StatusBanner text={t(`done.${done}`)} /> : null}

      <div className="flex flex-col gap-6">
        <section aria-labelledby="details-title" className={section}>
          <h2 id="details-title" className="mb-3">{t("page.details")}</h2>
          <dl className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[10rem_1fr]">
            <dt className="font-semibold">{t("page.village")}</dt>
            <dd>{regulation.villageName}</dd>
            <dt className="font-semibold">{t("page.status")}</dt>
            <dd><RegulationStatusBadge status={regulation.status} /></dd>
            <dt className="font-semibold">{t("page.enactedOn")}</dt>
            <dd>{regulation.enactedOn ? formatDate(regulation.enactedOn, locale) : t("page.notEnacted")}</dd>
          </dl>
          <p className="mt-3 text-sm">
            {regulation.status === "DRAFT" ? (
              t("page.draftNotPublic")
            ) : (
              <Link href={`/desa/${regulation.villageCode}/perdes/${regulation.id}`} prefetch={false}>{t("page.publicLink")}</Link>
            )}
          </p>
          <div className="mt-4">
            {formStrings && statuses ? (
              <UpdateRegulationForm
                regulation={{ id: regulation.id, version: regulation.version, number: regulation.number, year: String(regulation.year), title: regulation.title, status: regulation.status, enactedOn: toDateInput(regulation.enactedOn) }}
                statuses={statuses}
                today={toDateInput(todayWib())}
                strings={formStrings}
              />
            ) : (
              <p className="text-sm text-slate-700">{t("page.readOnly")}</p>
            )}
          </div>
        </section>

        <section id="articles" aria-labelledby="articles-title" className={section}>
          <h2 id="articles-title" className="mb-3">{t("page.articles")}</h2>
          {regulation.articles.length === 0 ? <p className="mb-4 text-slate-700">{t("page.noArticles")}</p> : null}
          <ol className="flex flex-col gap-4">
            {regulation.articles.map((a, i) => (
              <li key={a.id} id={articleAnchor(a.number)} className="rounded-md border border-slate-200 p-4" aria-labelledby={`title-${a.id}`}>
                <h3 id={`title-${a.id}`} className="text-base font-semibold">
                  {a.number}
                  {a.heading ? <span className="block font-normal">{a.heading}</span> : null}
                </h3>
                <p className="mt-2 whitespace-pre-line leading-relaxed [overflow-wrap:anywhere]">{a.text}</p>
                {a.checklistItemCount > 0 ? <p className="mt-2 text-sm text-slate-700">{t("article.tiedToChecklist", { count: a.checklistItemCount })}</p> : null}
                {articleStrings ? (
                  <div className="mt-3 flex flex-col gap-2">
                    <MoveArticleButtons {...onRegulation} articleId={a.id} number={a.number} first={i === 0} last={i === last} strings={articleStrings} />
                    <EditArticleForm {...onRegulation} article={a} title={t("article.editTitle", { number: a.number })} strings={articleStrings} />
                    {a.checklistItemCount === 0 ? <RemoveArticleForm {...onRegulation} articleId={a.id} title={t("article.removeTitle", { number: a.number })} strings={articleStrings} /> : null}
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
          {articleStrings ? (
            <div className="mt-4">
              <AddArticleForm {...onRegulation} strings={articleStrings} />
            </div>
          ) : null}
        </section>
      </div>
    </>
  );
}
