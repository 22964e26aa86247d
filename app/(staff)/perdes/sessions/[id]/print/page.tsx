import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AttendanceSheet } from "@/components/perdes/attendance-sheet";
import { PrintButton } from "@/components/privacy/print-button";
import { requirePermission } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/authz";
import { toLocale } from "@/lib/i18n/locales";
import { getSession } from "@/lib/perdes/sessions/get-session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("perdes.sessions.sheet");
  return { title: t("metaTitle") };
}

// Names of villagers: never cached or prerendered.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

/** The printable daftar hadir of a session, with a signature column. The staff menu and the controls carry `no-print`. */
export default async function AttendanceSheetPage({ params }: Props) {
  const actor = await requirePermission("session:read");
  const { id } = await params;
  const session = await getSession(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("perdes.sessions.sheet");
  return (
    <article className="flex flex-col gap-4">
      <div className="no-print flex flex-wrap items-center justify-between gap-2">
        <Link href={`/perdes/sessions/${session.id}`}>{t("back")}</Link>
        <PrintButton label={t("print")} />
      </div>
      <AttendanceSheet session={session} locale={toLocale(await getLocale())} />
    </article>
  );
}
