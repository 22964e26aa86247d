import { cookies } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { can } from "@/lib/authz";
import { ATTACHMENT_FLASH_COOKIE, decodeAttachmentFlash } from "@/lib/cases/attachments/attachment-flash";
import { MAX_DESCRIPTION_LENGTH } from "@/lib/cases/attachments/attachment-limits";
import { ATTACHMENT_TYPES, kindOfMimeType } from "@/lib/cases/attachments/detect-file-type";
import { formatFileSize } from "@/lib/cases/attachments/format-file-size";
import { listAttachments } from "@/lib/cases/attachments/list-attachments";
import { formatDate } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import type { CaseSectionProps } from "./section-props";

// What the file picker offers; the server checks the bytes whatever the picker let through.
const ACCEPT = [...Object.values(ATTACHMENT_TYPES).map((t) => t.mimeType), ...Object.values(ATTACHMENT_TYPES).flatMap((t) => t.extensions.map((e) => `.${e}`))].join(",");

/**
 * The case page's attachments card (its own <section id="attachments">, styled like the
 * page's other cards; the upload route comes back to #attachments): photos and PDF, listed
 * with download links, and the upload form for roles that may attach. The form is a plain
 * multipart POST to the upload route, which comes back here with the outcome in a
 * short-lived cookie.
 */
export async function AttachmentsSection({ actor, kase }: CaseSectionProps) {
  const t = await getTranslations("caseFiles");
  const locale = toLocale(await getLocale());
  const items = await listAttachments(actor, kase.id);
  const flash = decodeAttachmentFlash((await cookies()).get(ATTACHMENT_FLASH_COOKIE)?.value, kase.id);
  const error = flash && !flash.ok ? flash.error : null;
  const fileError = error && error !== "descriptionTooLong" && error !== "descriptionNoMarkup" ? t(`errors.${error}`) : undefined;
  const descriptionError = error === "descriptionTooLong" || error === "descriptionNoMarkup" ? t(`errors.${error}`) : undefined;

  return (
    <section id="attachments" aria-labelledby="attachments-title" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="attachments-title">{t("title")}</h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      {flash?.ok ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800 [overflow-wrap:anywhere]">
          {t("saved", { name: flash.fileName })}
        </p>
      ) : null}
      {items.length === 0 ? (
        <EmptyState text={t("empty")} />
      ) : (
        <ul aria-label={t("listLabel")} className="flex flex-col gap-2">
          {items.map((a) => {
            const kind = kindOfMimeType(a.mimeType);
            return (
              <li key={a.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
                <a href={`/cases/${kase.id}/attachments/${a.id}`} aria-label={t("download", { name: a.fileName })} className="font-semibold [overflow-wrap:anywhere]">
                  {a.fileName}
                </a>
                <p className="mt-1 flex flex-wrap gap-x-2 text-slate-700">
                  <span>{t(`kind.${kind ?? "other"}`)}</span>
                  <span aria-hidden="true">·</span>
                  <span>{formatFileSize(a.size, locale)}</span>
                  <span aria-hidden="true">·</span>
                  <span>
                    {t("uploadedOn", { date: formatDate(a.uploadedAt, locale, { wib: true }) })}
                    {a.uploadedByName ? ` ${t("uploadedBy", { name: a.uploadedByName })}` : null}
                  </span>
                </p>
                {a.description ? <p className="mt-1 whitespace-pre-line [overflow-wrap:anywhere]">{a.description}</p> : null}
              </li>
            );
          })}
        </ul>
      )}
      {can(actor.role, "case:attach") ? (
        <form
          method="post"
          action={`/cases/${kase.id}/attachments`}
          encType="multipart/form-data"
          aria-label={t("form.label")}
          className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-slate-50 p-4 print:hidden"
        >
          <h3 className="text-base font-semibold">{t("form.title")}</h3>
          <TextField label={t("form.file")} id="attachment-file" name="file" type="file" accept={ACCEPT} required hint={t("form.fileHint")} error={fileError} />
          <TextAreaField
            label={t("form.description")}
            id="attachment-description"
            name="description"
            rows={2}
            maxLength={MAX_DESCRIPTION_LENGTH}
            defaultValue={flash && !flash.ok ? flash.description : ""}
            hint={t("form.descriptionHint")}
            error={descriptionError}
          />
          <div>
            <SubmitButton label={t("form.submit")} pendingLabel={t("form.submitting")} />
          </div>
        </form>
      ) : null}
    </section>
  );
}
