import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { MediationRecord } from "@/components/cases/mediation-record";
import { PrintButton } from "@/components/privacy/print-button";
import { requirePermission } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/authz";
import { getMediation } from "@/lib/cases/mediation/get-mediation";
import { toLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("caseMoney.mediation.record");
  return { title: t("metaTitle") };
}

// A complaint's record: never cached or prerendered.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string; mediationId: string }> };

/**
 * The printable berita acara mediasi. Outside the actor's scope, or under another case's
 * address, it is 404. The staff menu and the controls carry `no-print`.
 */
export default async function MediationRecordPage({ params }: Props) {
  const actor = await requirePermission("case:read");
  const { id, mediationId } = await params;
  const record = await getMediation(actor, mediationId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  if (record.case.id !== id) notFound();
  const locale = toLocale(await getLocale());
  const t = await getTranslations("caseMoney.mediation.record");

  return (
    <article className="flex flex-col gap-4">
      <div className="no-print flex flex-wrap items-center justify-between gap-2">
        <Link href={`/cases/${record.case.id}#mediation`}>{t("back")}</Link>
        <PrintButton label={t("print")} />
      </div>
      <MediationRecord record={record} locale={locale} />
    </article>
  );
}
