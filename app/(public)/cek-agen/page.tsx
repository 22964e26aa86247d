import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AgentResult } from "@/components/public/agent-result";
import { PublicSearchForm } from "@/components/public/search-form";
import { toLocale } from "@/lib/i18n/locales";
import { findAgentsPublic } from "@/lib/recruiters/public-lookup";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.checkAgent");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CheckAgentPage({ searchParams }: Props) {
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 100) ?? "";
  const t = await getTranslations("public.checkAgent");
  const locale = toLocale(await getLocale());
  const agents = q.length >= 3 ? await findAgentsPublic(q) : null;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl leading-tight">{t("title")}</h1>
      <p className="text-base text-slate-800">{t("intro")}</p>
      <PublicSearchForm action="/cek-agen" label={t("label")} hint={t("hint")} value={q} submit={t("submit")} />
      {agents === null ? null : (
        <section aria-labelledby="results-title">
          <h2 id="results-title" className="sr-only">{t("resultsTitle")}</h2>
          <p className="mb-3 text-sm text-slate-700">{t("count", { count: agents.length, q })}</p>
          {agents.length === 0 ? (
            <div className="rounded-lg border border-slate-300 bg-white p-4 text-base text-slate-900">
              <p className="font-semibold">{t("notFoundTitle", { q })}</p>
              <p className="mt-1">{t("notFoundBody")}</p>
            </div>
          ) : (
            <ul className="flex flex-col gap-3">
              {agents.map((a) => (
                <AgentResult key={a.id} agent={a} locale={locale} />
              ))}
            </ul>
          )}
        </section>
      )}
      <p className="text-sm text-slate-700">
        {t("report")} <Link prefetch={false} href="/lapor">{t("reportLink")}</Link>
      </p>
    </div>
  );
}
