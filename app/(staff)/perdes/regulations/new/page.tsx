import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CreateRegulationForm } from "@/components/perdes/regulation-form";
import { regulationFormStrings, regulationStatusOptions } from "@/components/perdes/regulation-strings";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { toDateInput, todayWib } from "@/lib/placements/dates";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("perdes.regulations.new");
  return { title: t("metaTitle") };
}

/** A village official adds a Perdes of their own village; the articles come next, on its page. */
export default async function NewRegulationPage() {
  await requirePermission("regulation:write");
  const t = await getTranslations("perdes.regulations");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/perdes/regulations">{t("page.backToList")}</Link>
      </p>
      <PageHeader title={t("new.title")} description={t("new.description")} />
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <CreateRegulationForm statuses={await regulationStatusOptions()} today={toDateInput(todayWib())} strings={await regulationFormStrings()} />
      </div>
    </>
  );
}
