import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/privacy/print-button";
import { SubjectExportView } from "@/components/privacy/subject-export-view";
import { buttonClass } from "@/components/ui/button";
import { requirePermission } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/authz";
import { clientIp } from "@/lib/http/client-ip";
import { formatDateTime } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { buildSubjectExport } from "@/lib/privacy/build-subject-export";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy.export");
  return { title: t("linkPrint") };
}

// Personal data, and every view is an audited access: never cached or prerendered.
export const dynamic = "force-dynamic";

/**
 * The data-subject export as a printable page (UU 27/2022). Opening it is the export: it is
 * recorded in the audit log. Links to it use prefetch={false} so that no export is made
 * without someone asking for it. Controls carry `no-print`.
 */
export default async function SubjectExportPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("person:subject-export");
  const { id } = await params;
  const data = await buildSubjectExport(actor, id, { format: "print", ip: clientIp(await headers()) }).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const locale = toLocale(await getLocale());
  const t = await getTranslations("privacy.export");
  const tc = await getTranslations("common");

  return (
    <article className="flex flex-col gap-6 print:text-[11pt]">
      <p className="no-print text-sm">
        <Link href={`/registry/people/${data.person.id}`}>{t("backToPerson")}</Link>
      </p>
      <header className="flex flex-col gap-2">
        <h1>{t("title", { name: data.person.name })}</h1>
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm font-semibold text-amber-900 print:border-slate-600 print:bg-white print:text-black">
          {t("confidential")}
        </p>
        <p className="text-sm text-slate-700">{t("intro")}</p>
        <p className="text-sm text-slate-700">
          {t("generated", {
            at: formatDateTime(data.generatedAt, locale),
            name: data.generatedBy.name,
            role: tc(`roles.${data.generatedBy.role}`),
            village: `${data.village.name} (${data.village.code})`,
          })}
        </p>
      </header>
      <div className="no-print flex flex-wrap gap-2">
        <PrintButton label={t("print")} />
        {/* A plain link: the browser downloads the file (Content-Disposition). */}
        <a href={`/registry/people/${data.person.id}/subject-export.json`} className={buttonClass("secondary")}>
          {t("downloadJson")}
        </a>
      </div>
      <SubjectExportView data={data} locale={locale} />
    </article>
  );
}
