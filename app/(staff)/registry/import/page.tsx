import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ImportSteps } from "@/components/import/import-steps";
import { RecentImports } from "@/components/import/recent-imports";
import { UploadForm } from "@/components/import/upload-form";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { listOwnImports } from "@/lib/import/import-operations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("import");
  return { title: t("title") };
}

const REFUSALS = ["missing", "tooLarge", "noHeader", "unreadable", "empty", "legacyXls", "notXlsx", "notUtf8", "binary", "badRequest"] as const;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ImportPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("registry:import");
  const raw = await searchParams;
  const error = typeof raw.error === "string" && (REFUSALS as readonly string[]).includes(raw.error) ? raw.error : null;
  const [t, locale, recent] = await Promise.all([getTranslations("import"), getLocale(), listOwnImports(actor)]);

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ImportSteps current="upload" strings={{ label: t("steps.label"), upload: t("steps.upload"), mapping: t("steps.mapping"), preview: t("steps.preview"), done: t("steps.done") }} />
      <section aria-labelledby="upload-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <h2 id="upload-heading" className="mb-4 text-lg font-semibold">
          {t("upload.heading")}
        </h2>
        <UploadForm
          error={error ? t(`upload.refusals.${error}`) : null}
          strings={{ fileLabel: t("upload.fileLabel"), fileHint: t("upload.fileHint"), submit: t("upload.submit") }}
        />
        <div className="mt-6 flex flex-col gap-1 border-t border-slate-200 pt-4">
          <p>
            <a href="/registry/import/template.xlsx" className={buttonClass("secondary")} download>
              {t("upload.template")}
            </a>
          </p>
          <p className="text-xs text-slate-600">{t("upload.templateHint")}</p>
        </div>
      </section>
      <RecentImports
        rows={recent.map((s) => ({ id: s.id, fileName: s.fileName, uploadedAt: formatDateTime(s.createdAt, toLocale(locale)), stage: t(`stages.${s.stage}`) }))}
        strings={{ heading: t("recent.heading"), file: t("recent.file"), uploadedAt: t("recent.uploadedAt"), stage: t("recent.stage"), open: t("recent.open") }}
      />
    </>
  );
}
