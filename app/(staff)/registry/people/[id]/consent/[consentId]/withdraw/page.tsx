import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { WithdrawConsentForm } from "@/components/privacy/withdraw-consent-form";
import { requirePermission } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/authz";
import { formatDate } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { toDateInput, todayWib } from "@/lib/placements/dates";
import { getConsent } from "@/lib/privacy/get-consent";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy.consent.withdraw");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string; consentId: string }> };

/** The confirmation step of a withdrawal: which consent, the day, "I am sure". */
export default async function WithdrawConsentPage({ params }: Props) {
  const actor = await requirePermission("consent:write");
  const { id, consentId } = await params;
  const consent = await getConsent(actor, id, consentId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const listPath = `/registry/people/${consent.personId}/consent`;
  if (consent.withdrawnOn) redirect(listPath);
  const t = await getTranslations("privacy.consent");
  const locale = toLocale(await getLocale());
  const scopes = consent.scopes.map((s) => (t.has(`scopes.${s}`) ? t(`scopes.${s}`) : s)).join(", ");

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={listPath}>{t("title", { name: consent.person.name })}</Link>
      </p>
      <PageHeader title={t("withdraw.title")} description={`${consent.person.name}: ${scopes}. ${t("given", { date: formatDate(consent.givenOn, locale) })}.`} />
      <div className="rounded-lg border border-red-200 bg-white p-4 shadow-sm sm:p-6">
        <WithdrawConsentForm
          consentId={consent.id}
          today={toDateInput(todayWib())}
          min={toDateInput(consent.givenOn)}
          strings={{ date: t("withdraw.date"), sure: t("withdraw.sure"), submit: t("withdraw.submit"), pending: t("withdraw.pending") }}
        />
      </div>
    </>
  );
}
