import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { GroupProfileSheet } from "@/components/groups/group-profile-sheet";
import { PrintButton } from "@/components/privacy/print-button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/authz";
import { getGroupProfile } from "@/lib/empowerment/reports/get-group-profile";
import { toLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("groupReports.profile");
  return { title: t("metaTitle") };
}

type Props = { params: Promise<{ id: string }> };

/** A group's profile to print for a bank or a funder; 404 outside the actor's villages. */
export default async function GroupProfilePage({ params }: Props) {
  const actor = await requirePermission("group:read");
  const { id } = await params;
  const now = new Date();
  const profile = await getGroupProfile(actor, id, now).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const locale = toLocale(await getLocale());
  const t = await getTranslations("groupReports.profile");
  return (
    <>
      <PageHeader
        title={`${t("title")}: ${profile.group.name}`}
        actions={
          <div className="no-print">
            <PrintButton label={t("print")} />
          </div>
        }
      />
      <GroupProfileSheet profile={profile} locale={locale} printedAt={now} />
    </>
  );
}
