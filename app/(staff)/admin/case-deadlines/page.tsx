import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatusBanner } from "@/components/admin/status-banner";
import { DeadlinesForm } from "@/components/cases/deadlines-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getCaseDeadlines } from "@/lib/cases/case-deadlines";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cases.deadlines");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CaseDeadlinesPage({ searchParams }: Props) {
  const actor = await requirePermission("case:deadlines");
  const t = await getTranslations("cases.deadlines");
  const rules = await getCaseDeadlines(actor);
  const saved = (await searchParams).done === "saved";
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {saved ? <StatusBanner text={t("saved")} /> : null}
      <div className="max-w-2xl rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <DeadlinesForm
          rows={rules.map((r) => ({ ...r, label: t(r.status) }))}
          strings={{ workingDays: t("workingDays"), urgentHours: t("urgentHours"), save: t("save"), saving: t("saving") }}
        />
      </div>
    </>
  );
}
