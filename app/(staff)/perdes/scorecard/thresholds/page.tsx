import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StatusBanner } from "@/components/admin/status-banner";
import { ThresholdsForm } from "@/components/perdes/thresholds-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getThresholdsForm } from "@/lib/perdes/scorecard/thresholds";
import { FieldError } from "@/lib/validation/errors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("scorecard.thresholds");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// BP3MI staff set the thresholds of their own region (their regionCode row).
export default async function ThresholdsPage({ searchParams }: Props) {
  const actor = await requirePermission("scorecard:thresholds");
  const form = await getThresholdsForm(actor).catch((error: unknown) => {
    if (error instanceof FieldError) notFound(); // staff without a region
    throw error;
  });
  const t = await getTranslations("scorecard.thresholds");
  const saved = (await searchParams).done === "saved";
  const region = form.ownRegionName ?? form.ownRegionCode;
  const field = (k: "minVerifiedSharePct" | "maxNonProcedural" | "minCasesOnTimeSharePct" | "minSessionsPerQuarter") => ({ label: t(`fields.${k}.label`), hint: t(`fields.${k}.hint`) });
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/perdes/scorecard">{t("back")}</Link>
      </p>
      <PageHeader title={t("title")} description={t("description", { region })} />
      {saved ? <StatusBanner text={t("saved")} /> : null}
      <p className="mb-4 text-sm text-slate-700">
        {form.regionCode === form.ownRegionCode ? t("own", { region }) : form.regionCode ? t("inherited", { region: form.regionName ?? form.regionCode }) : t("defaults")}
      </p>
      <div className="max-w-xl rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <ThresholdsForm
          values={form.values}
          strings={{
            minVerifiedSharePct: field("minVerifiedSharePct"),
            maxNonProcedural: field("maxNonProcedural"),
            minCasesOnTimeSharePct: field("minCasesOnTimeSharePct"),
            minSessionsPerQuarter: field("minSessionsPerQuarter"),
            save: t("save"),
            saving: t("saving"),
          }}
        />
      </div>
    </>
  );
}
