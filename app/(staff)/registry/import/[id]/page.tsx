import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ConfirmImportForm } from "@/components/import/confirm-import-form";
import { FileSample } from "@/components/import/file-sample";
import { ImportActionButton } from "@/components/import/import-action-button";
import { ImportFailureNotice, ImportResultSummary } from "@/components/import/import-outcome";
import { ImportPreview } from "@/components/import/import-preview";
import { ImportProgress } from "@/components/import/import-progress";
import { ImportSteps, type ImportStep } from "@/components/import/import-steps";
import { columnOptions, confirmStrings, mappingFormStrings, previewStrings, progressStrings, stepStrings } from "@/components/import/import-strings";
import { MappingForm } from "@/components/import/mapping-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/authz";
import { formatNumber } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { cancelImportAction, confirmImportAction, recheckImportAction, reopenImportMappingAction } from "@/lib/import/actions";
import { describeError } from "@/lib/import/describe-error";
import { getImport } from "@/lib/import/import-operations";
import { percentDone, type ImportStatus } from "@/lib/import/import-status";
import { readErrorPage } from "@/lib/import/read-errors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("import");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const STEP_OF: Record<ImportStatus["stage"], ImportStep> = {
  mapping: "mapping",
  validating: "mapping",
  preview: "preview",
  committing: "done",
  done: "done",
  failed: "preview",
};

const sizeText = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

export default async function ImportJobPage({ params, searchParams }: Props) {
  const actor = await requirePermission("registry:import");
  const { id } = await params;
  const status = await getImport(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const raw = await searchParams;
  const page = Math.max(1, Math.min(100_000, Number(typeof raw.page === "string" ? raw.page : 1) || 1));
  const [t, locale] = await Promise.all([getTranslations("import"), getLocale().then(toLocale)]);
  const count = (n: number) => formatNumber(n, locale);
  const basePath = `/registry/import/${status.id}`;
  const button = (label: string) => ({ label, pendingLabel: t("confirm.pending") });

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/registry/import">{t("backToImport")}</Link>
      </p>
      <PageHeader title={t("title")} description={t("fileSummary", { name: status.fileName, kind: status.kind.toUpperCase(), size: sizeText(status.size) })} />
      <ImportSteps current={STEP_OF[status.stage]} strings={await stepStrings()} />

      {status.stage === "mapping" && status.mapping ? (
        <>
          <h2 className="mb-1 text-lg font-semibold">{t("mapping.heading")}</h2>
          <p className="mb-4 text-sm text-slate-700">{t("mapping.intro")}</p>
          <FileSample
            headers={status.headers}
            rows={status.sample}
            strings={{ heading: t("mapping.sampleHeading"), caption: t("mapping.sampleCaption", { line: status.headerLine }), untitled: t("mapping.untitled") }}
          />
          <MappingForm importId={status.id} mapping={status.mapping} columns={await columnOptions(status.headers)} strings={await mappingFormStrings()} />
        </>
      ) : null}

      {status.stage === "validating" || status.stage === "committing" ? (
        <>
          {/* Without JavaScript the page reloads itself; with it, the progress bar polls. */}
          <noscript dangerouslySetInnerHTML={{ __html: '<meta http-equiv="refresh" content="3">' }} />
          <ImportProgress
            statusUrl={`${basePath}/status`}
            initial={{ stage: status.stage, percent: percentDone(status), step: status.progress?.step ?? null }}
            strings={await progressStrings(status.stage)}
          />
          <noscript>
            <p className="mt-2 text-sm text-slate-600">{t("progress.noScript")}</p>
          </noscript>
        </>
      ) : null}

      {status.stage === "preview" && status.preview ? <PreviewStage status={status} page={page} basePath={basePath} count={count} /> : null}

      {status.stage === "done" && status.result ? (
        <ImportResultSummary
          result={status.result}
          formatNumber={count}
          strings={{
            heading: t("result.heading"),
            intro: t("result.intro"),
            created: t("result.created"),
            updated: t("result.updated"),
            unchanged: t("result.unchanged"),
            households: t("result.households"),
            placements: t("result.placements"),
            skipped: t("result.skipped"),
            toRegistry: t("result.toRegistry"),
            another: t("result.another"),
          }}
        />
      ) : null}

      {status.stage === "failed" && status.failure ? (
        <div className="flex flex-col gap-4">
          <ImportFailureNotice
            heading={t("failed.heading")}
            reason={t(`failed.reasons.${status.failure.reason}`, { ref: status.failure.ref ?? "" })}
            nothingWritten={t("failed.nothingWritten")}
          />
          <div className="flex flex-wrap items-start gap-3">
            {status.failure.during === "committing" && status.failure.reason !== "changed" && status.preview ? (
              <ImportActionButton action={confirmRetryAction} importId={status.id} variant="primary" {...button(t("failed.retry"))} />
            ) : null}
            {status.mapping && status.failure.reason !== "noRows" && status.failure.reason !== "tooManyRows" ? (
              <ImportActionButton action={recheckImportAction} importId={status.id} {...button(t("failed.recheck"))} />
            ) : null}
            <Link href="/registry/import" className="inline-flex min-h-11 items-center px-2 text-sm font-semibold">
              {t("failed.another")}
            </Link>
          </div>
        </div>
      ) : null}
    </>
  );
}

// Retrying a failed commit is the same confirmation (the user ticked "checked" before).
const confirmRetryAction = async (state: Parameters<typeof confirmImportAction>[0], formData: FormData) => {
  "use server";
  formData.set("confirm", "on");
  formData.set("skipErrors", "on");
  return confirmImportAction(state, formData);
};

async function PreviewStage({ status, page, basePath, count }: { status: ImportStatus; page: number; basePath: string; count: (n: number) => string }) {
  const preview = status.preview!;
  const t = await getTranslations("import");
  const { entries, hasMore } = preview.errors > 0 ? await readErrorPage(status, page) : { entries: [], hasMore: false };
  const errors = entries.map((e, i) => ({ key: `${e.line}-${e.field}-${i}`, line: e.line, value: e.value, ...describeError(e, t) }));
  return (
    <div className="flex flex-col gap-6">
      <ImportPreview preview={preview} errors={errors} page={page} hasMore={hasMore} basePath={basePath} formatNumber={count} strings={await previewStrings(preview, page)} />
      {preview.valid > 0 ? <ConfirmImportForm importId={status.id} skipErrors={preview.errorRows > 0} strings={await confirmStrings(preview)} /> : null}
      <div className="flex flex-wrap items-start gap-3">
        <ImportActionButton action={reopenImportMappingAction} importId={status.id} label={t("preview.editMapping")} pendingLabel={t("confirm.pending")} />
        <ImportActionButton action={cancelImportAction} importId={status.id} label={t("preview.cancel")} pendingLabel={t("confirm.pending")} variant="danger" hint={t("preview.cancelHint")} />
      </div>
    </div>
  );
}
