import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/recruiters/action-form";
import { recruiterFields } from "@/components/recruiters/recruiter-fields";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { createRecruiterAction } from "@/lib/recruiters/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("recruiters.new");
  return { title: t("title") };
}

export default async function NewRecruiterPage() {
  await requirePermission("recruiter:write");
  const t = await getTranslations("recruiters");
  return (
    <>
      <p className="mb-2 text-sm"><Link href="/recruiters">{t("backToList")}</Link></p>
      <PageHeader title={t("new.title")} />
      <section className="max-w-3xl rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <ActionForm action={createRecruiterAction} fields={await recruiterFields()} strings={{ submit: t("new.submit"), pending: t("new.pending") }} />
      </section>
    </>
  );
}
