import { getLocale, getTranslations } from "next-intl/server";
import { valueLabels } from "@/components/privacy/value-labels";
import { can, type Actor } from "@/lib/authz";
import type { PairPerson } from "@/lib/duplicates/get-duplicate-pair";
import { MERGE_FIELD_NAMES, type MergeField } from "@/lib/duplicates/merge-fields";
import { formatDate } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { fieldValue, type ShownPerson } from "./person-values";

/** What the compare and confirmation pages both need to show a pair: field labels and values, record summaries. */
export async function mergeView(actor: Actor) {
  const locale = toLocale(await getLocale());
  const t = await getTranslations("privacy.merge");
  const label = await valueLabels();
  const options = { locale, clearIdentifiers: can(actor.role, "person:read-identifiers"), label, strings: { empty: t("empty"), hidden: t("hiddenValue") } };
  return {
    t,
    fieldLabel: (f: MergeField) => t(`fields.${f}`),
    value: (p: ShownPerson, f: MergeField) => fieldValue(p, f, options),
    fields: MERGE_FIELD_NAMES,
    linkedCounts: (p: PairPerson) =>
      t("linkedCounts", { placements: p._count.placements, checkIns: p._count.checkIns, consents: p._count.consents, transfers: p._count.transferRequests }),
    registered: (p: PairPerson) => t("registered", { date: formatDate(p.createdAt, locale, { wib: true }) }),
  };
}

/** The record proposed for keeping: the one with more linked records, else the older one. */
export function proposedKeep(a: PairPerson, b: PairPerson): "a" | "b" {
  const linked = (p: PairPerson) => p._count.placements + p._count.checkIns + p._count.consents + p._count.transferRequests;
  if (linked(a) !== linked(b)) return linked(a) > linked(b) ? "a" : "b";
  return a.createdAt.getTime() <= b.createdAt.getTime() ? "a" : "b";
}

/** GET parameters of the choices, to go back from the confirmation page to the compare page. */
export function choicesQuery(choices: Record<string, string | number | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(choices)) if (v !== undefined) p.set(k, String(v));
  return p.toString();
}
