import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { articleAnchor } from "@/lib/perdes/regulations/article-anchor";
import { getPublicRegulation } from "@/lib/perdes/regulations/public-regulations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("perdes.publicPerdes");
  return { title: t("metaTitle") };
}

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ villageCode: string; id: string }> };

/**
 * One enacted regulation as readable text, for anyone. Each article carries its anchor
 * (#pasal-5), so a checklist item can link to the article it comes from. A draft, another
 * village's or an unknown regulation is 404.
 */
export default async function PublicRegulationPage({ params }: Props) {
  const { villageCode, id } = await params;
  const found = await getPublicRegulation(villageCode, id);
  if (!found) notFound();
  const { village, regulation: r } = found;
  const t = await getTranslations("perdes.publicPerdes");
  const locale = toLocale(await getLocale());
  return (
    <article className="flex flex-col gap-4">
      <p className="text-sm print:hidden">
        <Link prefetch={false} href={`/desa/${village.code}/perdes`}>{t("back", { village: village.name })}</Link>
      </p>
      <header>
        <h1 className="text-2xl leading-tight">{t("heading", { village: village.name, number: r.number, year: r.year })}</h1>
        <p className="mt-1 text-lg">{t("about", { title: r.title })}</p>
        <p className="mt-2 text-sm text-slate-800">
          <span className="font-semibold">{t(`status.${r.status}`)}</span>
          {r.enactedOn ? ` · ${t("enactedOn", { date: formatDate(r.enactedOn, locale) })}` : null}
        </p>
      </header>
      {r.status === "REVOKED" ? <p className="rounded-lg border border-amber-400 bg-amber-50 p-4 text-base text-amber-950">{t("revokedNote")}</p> : null}
      <section aria-labelledby="articles-title" className="flex flex-col gap-4">
        <h2 id="articles-title" className="sr-only">{t("articles")}</h2>
        {r.articles.length === 0 ? <p>{t("noArticles")}</p> : null}
        {r.articles.map((a) => (
          <section key={a.id} id={articleAnchor(a.number)} aria-labelledby={`${articleAnchor(a.number)}-title`} className="scroll-mt-4">
            <h3 id={`${articleAnchor(a.number)}-title`} className="text-center text-base font-semibold">
              {a.number}
              {a.heading ? <span className="block font-normal">{a.heading}</span> : null}
            </h3>
            <p className="mt-2 whitespace-pre-line text-base leading-relaxed [overflow-wrap:anywhere]">{a.text}</p>
          </section>
        ))}
      </section>
      <p className="text-sm text-slate-700">{t("questions")}</p>
    </article>
  );
}
