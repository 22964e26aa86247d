import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { listPublicRegulations } from "@/lib/perdes/regulations/public-regulations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("perdes.publicPerdes");
  return { title: t("metaTitle") };
}

// Read from the database on every request: a regulation enacted today is listed today.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ villageCode: string }> };

/** A village's enacted regulations, for anyone (a light page: plain HTML, GET links only). Drafts are never listed. */
export default async function PublicRegulationsPage({ params }: Props) {
  const found = await listPublicRegulations((await params).villageCode);
  if (!found) notFound();
  const { village, regulations } = found;
  const t = await getTranslations("perdes.publicPerdes");
  const locale = toLocale(await getLocale());
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl leading-tight">{t("listTitle", { village: village.name })}</h1>
      {village.kecamatan && village.kabupaten ? <p className="text-sm text-slate-700">{t("place", { kecamatan: village.kecamatan, kabupaten: village.kabupaten })}</p> : null}
      <p className="text-base text-slate-800">{t("intro")}</p>
      {regulations.length === 0 ? (
        <p className="rounded-lg border border-slate-300 bg-white p-4 text-base">{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {regulations.map((r) => (
            <li key={r.id} className={`rounded-lg border border-l-8 border-slate-300 bg-white p-4 ${r.status === "IN_FORCE" ? "border-l-green-700" : "border-l-slate-500"}`} data-status={r.status}>
              <p className="text-sm text-slate-700">{t("numberYear", { number: r.number, year: r.year })}</p>
              <h2 className="text-lg leading-snug">
                <Link prefetch={false} href={`/desa/${village.code}/perdes/${r.id}`} className="underline">
                  {r.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-slate-800">
                <span className="font-semibold">{t(`status.${r.status}`)}</span>
                {r.enactedOn ? ` · ${t("enactedOn", { date: formatDate(r.enactedOn, locale) })}` : null}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="text-sm text-slate-700">{t("questions")}</p>
    </div>
  );
}
