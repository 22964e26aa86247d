import "server-only";
import { getTranslations } from "next-intl/server";
import { REGULATION_STATUSES } from "@/lib/perdes/regulations/schemas";
import type { ArticleFormStrings } from "./article-forms";
import type { RegulationFormStrings } from "./regulation-form";

// The strings and options the client forms of the regulation pages receive as props
// (client components get no message catalog; see app/layout.tsx).

const FORM_KEYS = [
  "number", "numberHint", "year", "title", "titleHint", "status", "statusHint", "enactedOn", "enactedOnHint", "create", "save", "saving", "editSummary",
] as const satisfies readonly (keyof RegulationFormStrings)[];

const ARTICLE_KEYS = [
  "number", "numberHint", "heading", "text", "textHint", "addTitle", "add", "adding", "editSummary", "save", "saving",
  "up", "down", "removeSummary", "removeConfirm", "remove", "removing",
] as const satisfies readonly (keyof ArticleFormStrings)[];

export async function regulationFormStrings(): Promise<RegulationFormStrings> {
  const t = await getTranslations("perdes.regulations.form");
  return Object.fromEntries(FORM_KEYS.map((k) => [k, t(k)])) as RegulationFormStrings;
}

export async function articleFormStrings(): Promise<ArticleFormStrings> {
  const t = await getTranslations("perdes.regulations.article");
  return Object.fromEntries(ARTICLE_KEYS.map((k) => [k, t(k)])) as ArticleFormStrings;
}

export async function regulationStatusOptions() {
  const t = await getTranslations("perdes.regulations.status");
  return REGULATION_STATUSES.map((s) => ({ value: s, label: t(s) }));
}
