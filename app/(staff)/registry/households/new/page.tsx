import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HouseholdForm } from "@/components/registry/household-form";
import { householdFormStrings, registryOptions } from "@/components/registry/registry-strings";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("registry.household.create");
  return { title: t("title") };
}

/** Member rows offered on a new household (a Kartu Keluarga rarely lists more). */
const NEW_ROWS = 6;

export default async function NewHouseholdPage() {
  await requirePermission("person:write");
  const t = await getTranslations("registry");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/registry">{t("backToList")}</Link>
      </p>
      <PageHeader title={t("household.create.title")} description={t("household.create.description")} />
      <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <HouseholdForm
          mode="create"
          values={{ kkNumber: "", address: "", dusun: "", rt: "", rw: "", members: [] }}
          rows={NEW_ROWS}
          relations={(await registryOptions()).relations}
          strings={{ ...(await householdFormStrings()), submit: t("household.create.submit"), pending: t("household.create.pending") }}
        />
      </section>
    </>
  );
}
