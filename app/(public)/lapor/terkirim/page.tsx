import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { normaliseReportCode } from "@/lib/reports/code";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports.public");
  return { title: t("sentTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReportSentPage({ searchParams }: Props) {
  const raw = (await searchParams).code;
  const code = normaliseReportCode(typeof raw === "string" ? raw : null);
  const t = await getTranslations("reports.public");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl leading-tight">{t("sentTitle")}</h1>
      <p className="text-base text-slate-800">{t("sentBody")}</p>
      {code ? (
        <section aria-labelledby="code-title" className="rounded-lg border-2 border-brand-700 bg-white p-4">
          <h2 id="code-title" className="text-base">{t("codeTitle")}</h2>
          <p className="mt-1 font-mono text-2xl font-bold tracking-wider" data-testid="report-code">{code}</p>
          <p className="mt-2 text-sm text-slate-700">{t("codeHint")}</p>
          <p className="mt-2">
            <Link prefetch={false} href={`/lapor/status?code=${code}`}>{t("statusLink")}</Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}
