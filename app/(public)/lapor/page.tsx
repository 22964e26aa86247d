import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { ReportForm } from "@/components/reports/report-form";
import { env } from "@/lib/env";
import { listContactVillages } from "@/lib/offer-check/look-up-facts";
import { decodeFlash, FLASH_COOKIE } from "@/lib/reports/flash";
import { issueFormToken } from "@/lib/reports/form-token";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports.public");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReportPage({ searchParams }: Props) {
  const f = (await searchParams).f;
  const flash = decodeFlash((await cookies()).get(FLASH_COOKIE)?.value, typeof f === "string" ? f : undefined);
  const t = await getTranslations("reports.public");
  const villages = await listContactVillages();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl leading-tight">{t("title")}</h1>
      <p className="text-base text-slate-800">{t("intro")}</p>
      <ReportForm token={issueFormToken(env().AUTH_SECRET)} villages={villages.map((v) => ({ value: v.code, label: v.district ? `${v.name} (${v.district})` : v.name }))} flash={flash} />
      <p className="text-sm text-slate-700">
        {t("haveCode")} <Link prefetch={false} href="/lapor/status" className="underline">{t("statusLink")}</Link>
      </p>
    </div>
  );
}
