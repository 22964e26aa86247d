import "server-only";
import { getTranslations } from "next-intl/server";
import { columnLetter, IMPORT_FIELDS, REQUIRED_FIELDS, type ImportField } from "@/lib/import/fields";
import { COMMIT_STEPS, type ImportPreview } from "@/lib/import/import-status";
import type { ConfirmImportStrings } from "./confirm-import-form";
import type { ImportPreviewStrings } from "./import-preview";
import type { ImportProgressStrings } from "./import-progress";
import type { MappingFormStrings } from "./mapping-form";

// The strings the import pages' components receive as props (client components get no
// message catalog; see app/layout.tsx).

export async function stepStrings() {
  const t = await getTranslations("import.steps");
  return { label: t("label"), upload: t("upload"), mapping: t("mapping"), preview: t("preview"), done: t("done") };
}

export async function mappingFormStrings(): Promise<MappingFormStrings> {
  const t = await getTranslations("import");
  const fields = Object.fromEntries(
    IMPORT_FIELDS.map((f) => [f, REQUIRED_FIELDS.includes(f) ? t("mapping.required", { field: t(`fields.${f}`) }) : t(`fields.${f}`)]),
  ) as Record<ImportField, string>;
  return {
    groups: { person: t("mapping.groups.person"), household: t("mapping.groups.household"), placement: t("mapping.groups.placement") },
    fields,
    notImported: t("mapping.notImported"),
    submit: t("mapping.submit"),
    pending: t("mapping.pending"),
  };
}

export async function columnOptions(headers: string[]): Promise<{ value: string; label: string }[]> {
  const t = await getTranslations("import.mapping");
  return headers.map((h, i) => ({ value: String(i), label: t("column", { letter: columnLetter(i), header: h || t("untitled") }) }));
}

export async function progressStrings(stage: "validating" | "committing"): Promise<ImportProgressStrings> {
  const t = await getTranslations("import.progress");
  return {
    heading: t(stage),
    label: t("label"),
    percent: t("percent", { percent: "{percent}" }),
    steps: Object.fromEntries(COMMIT_STEPS.map((s) => [s, t(`steps.${s}`)])),
    safeToLeave: t("safeToLeave"),
  };
}

export async function previewStrings(preview: ImportPreview, page: number): Promise<ImportPreviewStrings> {
  const t = await getTranslations("import.preview");
  return {
    heading: t("heading"),
    intro: t("intro"),
    counts: {
      label: t("counts.label"),
      rows: t("counts.rows"),
      valid: t("counts.valid"),
      new: t("counts.new"),
      update: t("counts.update"),
      placements: t("counts.placements"),
      errorRows: t("counts.errorRows"),
      errors: t("counts.errorRows"),
    },
    noErrors: t("noErrors"),
    errorsHeading: t("errorsHeading"),
    errorsIntro: t("errorsIntro", { rows: preview.errorRows, errors: preview.errors }),
    tableLabel: t("tableLabel"),
    line: t("line"),
    field: t("field"),
    value: t("value"),
    reason: t("reason"),
    empty: t("empty"),
    download: t("download"),
    pagerLabel: t("pagerLabel"),
    previousPage: t("previousPage"),
    nextPage: t("nextPage"),
    pageOf: t("pageOf", { page }),
  };
}

export async function confirmStrings(preview: ImportPreview): Promise<ConfirmImportStrings> {
  const t = await getTranslations("import.confirm");
  const skip = preview.errorRows > 0;
  return {
    heading: t("heading"),
    explain: skip ? t("explainSkip", { good: preview.valid, bad: preview.errorRows }) : t("explainAll", { count: preview.valid }),
    checkbox: t("checkbox"),
    submit: skip ? t("submitGood", { good: preview.valid, bad: preview.errorRows }) : t("submitAll", { count: preview.valid }),
    pending: t("pending"),
  };
}
