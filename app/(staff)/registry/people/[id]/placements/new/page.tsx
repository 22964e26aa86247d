import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PlacementForm } from "@/components/placements/placement-form";
import { placementFormStrings, placementOptions } from "@/components/placements/placement-strings";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/authz";
import { toLocale } from "@/lib/i18n/locales";
import { getPlacementSubject } from "@/lib/placements/get-placement-subject";
import { listPlacementReference } from "@/lib/placements/list-placement-reference";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("placements.new");
  return { title: t("title") };
}

const EMPTY = {
  countryCode: "", jobCode: "", employer: "", recruiterName: "", agentName: "", agentPhone: "", sip2miNumber: "", channel: "",
  contractStart: "", contractEnd: "", departureDate: "", returnDate: "", contactAbroadName: "", contactAbroadPhone: "",
};

export default async function NewPlacementPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("placement:write");
  const { id } = await params;
  const person = await getPlacementSubject(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const locale = toLocale(await getLocale());
  const [reference, t] = await Promise.all([listPlacementReference(actor), getTranslations("placements.new")]);
  const options = await placementOptions(reference, locale);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/registry/people/${person.id}`}>{t("backToPerson")}</Link>
      </p>
      <PageHeader title={t("title")} description={t("description", { name: person.name })} />
      <p className="mb-4 text-sm text-slate-600">{t("checklistNote")}</p>
      <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <PlacementForm
          mode="create"
          personId={person.id}
          values={EMPTY}
          {...options}
          strings={{ ...(await placementFormStrings()), submit: t("submit"), pending: t("pending") }}
        />
      </section>
    </>
  );
}
