import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ConsentForm } from "@/components/privacy/consent-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/authz";
import { toDateInput, todayWib } from "@/lib/placements/dates";
import { CONSENT_SCOPES, scopeFieldName } from "@/lib/privacy/consent-scopes";
import { getPrivacyPerson } from "@/lib/privacy/get-privacy-person";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy.consent");
  return { title: t("newTitle") };
}

export default async function NewConsentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("consent:write");
  const { id } = await params;
  const person = await getPrivacyPerson(actor, id, "consent:write").catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("privacy.consent");

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/registry/people/${person.id}/consent`}>{t("title", { name: person.name })}</Link>
      </p>
      <PageHeader title={t("newTitle")} description={`${person.name}. ${t("intro")}`} />
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <ConsentForm
          personId={person.id}
          today={toDateInput(todayWib())}
          scopes={CONSENT_SCOPES.map((s) => ({ name: scopeFieldName(s), label: t(`scopes.${s}`) }))}
          strings={{
            givenOn: t("givenOn"),
            scopesLegend: t("scopesLegend"),
            scopesHint: t("scopesHint"),
            takenBy: t("takenBy"),
            takenByValue: t("takenByYou", { name: actor.name }),
            note: t("note"),
            noteHint: t("noteHint"),
            submit: t("submit"),
            pending: t("pending"),
          }}
        />
      </div>
    </>
  );
}
