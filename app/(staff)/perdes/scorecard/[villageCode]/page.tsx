import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PeriodFilter } from "@/components/perdes/period-filter";
import { ReportExportForm } from "@/components/perdes/report-export-form";
import { VillageScorecardView } from "@/components/perdes/village-scorecard";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can, NotFoundError } from "@/lib/authz";
import { toLocale } from "@/lib/i18n/locales";
import { parsePerdesPeriod, periodParams } from "@/lib/perdes/period";
import { getVillageScorecard, type VillageScorecard } from "@/lib/perdes/scorecard/get-scorecard";

type Props = { params: Promise<{ villageCode: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("scorecard.scorecard");
  return { title: t("village.metaTitle", { code: decodeURIComponent((await params).villageCode) }) };
}

// One village's scorecard: its figures for the period (default this quarter), what is missing
// to reach "Desa PMI Prosedural", and the quarters before. A village outside the actor's scope
// does not exist (404).
export default async function VillageScorecardPage({ params, searchParams }: Props) {
  const actor = await requirePermission("scorecard:read");
  const villageCode = decodeURIComponent((await params).villageCode);
  const period = parsePerdesPeriod(await searchParams, { fallback: "quarter" });
  let card: VillageScorecard;
  try {
    card = await getVillageScorecard(actor, villageCode, period);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const t = await getTranslations("scorecard.scorecard");
  const locale = toLocale(await getLocale());
  const path = `/perdes/scorecard/${card.village.villageCode}`;
  return (
    <>
      {actor.role === "BP3MI_STAFF" ? (
        <p className="no-print mb-2 text-sm">
          <Link href={`/perdes/scorecard?${periodParams(period).toString()}`}>{t("village.back")}</Link>
        </p>
      ) : null}
      <PageHeader
        title={t("village.title", { village: card.village.villageName })}
        description={card.village.kecamatanName ? t("village.description", { kecamatan: card.village.kecamatanName, code: card.village.villageCode }) : card.village.villageCode}
      />
      <PeriodFilter action={path} period={period} />
      <VillageScorecardView card={card} locale={locale} />
      {can(actor.role, "scorecard:export") ? <ReportExportForm month={period.to} /> : null}
    </>
  );
}
