import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBanner } from "@/components/admin/status-banner";
import { RevokeLetterForm } from "@/components/perdes/letters/revoke-letter-form";
import { PlainBadge } from "@/components/perdes/verification/check-badges";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can, NotFoundError } from "@/lib/authz";
import { formatDateTime } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { getVillageLetter } from "@/lib/perdes/letters/get-village-letter";
import { letterQrDataUrl } from "@/lib/perdes/letters/letter-qr";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("verification.letters.detail");
  return { title: t("metaTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One letter: its number, check code, QR code and public URL, the PDF, and revoking (officials). */
export default async function VillageLetterPage({ params, searchParams }: Props) {
  const actor = await requirePermission("letter:read");
  const { id } = await params;
  const letter = await getVillageLetter(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const done = (await searchParams).done;
  const locale = toLocale(await getLocale());
  const t = await getTranslations("verification.letters");
  const tl = await getTranslations("verification.letters.list");
  const qr = await letterQrDataUrl(letter.publicUrl);
  const row = (label: string, value: ReactNode) => (
    <div className="grid grid-cols-1 gap-1 py-2 sm:grid-cols-[12rem_1fr]">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="[overflow-wrap:anywhere]">{value}</dd>
    </div>
  );
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/perdes/letters">{t("detail.backToList")}</Link>
      </p>
      <PageHeader
        title={t("detail.title", { number: letter.number })}
        actions={
          <a href={`/perdes/letters/${letter.id}/pdf`} className={buttonClass()}>
            {t("detail.pdf")}
          </a>
        }
      />
      {done === "issued" ? <StatusBanner text={t("detail.issuedBanner")} /> : done === "revoked" ? <StatusBanner text={t("detail.revokedBanner")} /> : null}
      <div className="flex flex-col gap-6">
        <section aria-label={t("detail.title", { number: letter.number })} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <div className="flex flex-col-reverse gap-4 sm:flex-row sm:justify-between">
            <dl className="divide-y divide-slate-100">
              {row(t("detail.number"), <span className="font-mono">{letter.number}</span>)}
              {row(t("detail.status"), letter.revokedAt ? <PlainBadge label={tl("revoked")} tone="amber" /> : <PlainBadge label={tl("valid")} />)}
              {row(t("detail.worker"), letter.placement.person.name)}
              {row(t("detail.village"), letter.villageName)}
              {row(t("detail.issuedAt"), formatDateTime(letter.issuedAt, locale))}
              {row(t("detail.issuedBy"), letter.issuedByName ?? "—")}
              {letter.revokedAt ? row(t("detail.revokedAt"), formatDateTime(letter.revokedAt, locale)) : null}
              {letter.revokedAt ? row(t("detail.revokedBy"), letter.revokedByName ?? "—") : null}
              {letter.revokeReason ? row(t("detail.revokeReason"), letter.revokeReason) : null}
              {row(t("detail.shortCode"), <span className="font-mono" data-testid="letter-code">{letter.shortCode}</span>)}
              {row(t("detail.publicUrl"), <a href={letter.publicUrl} data-testid="letter-url">{letter.publicUrl}</a>)}
            </dl>
            {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server, nothing to optimise */}
            <img src={qr} alt={t("detail.qrAlt", { url: letter.publicUrl })} width={160} height={160} className="h-40 w-40 self-start" data-testid="letter-qr" />
          </div>
          <p className="mt-3 text-sm">
            <Link href={`/registry/placements/${letter.placement.id}/verification`}>{t("detail.verification")}</Link>
          </p>
        </section>
        {can(actor.role, "letter:revoke") && !letter.revokedAt ? (
          <RevokeLetterForm
            letterId={letter.id}
            strings={{ title: t("revoke.title"), reason: t("revoke.reason"), reasonHint: t("revoke.reasonHint"), confirm: t("revoke.confirm"), submit: t("revoke.submit"), pending: t("revoke.pending") }}
          />
        ) : null}
      </div>
    </>
  );
}
