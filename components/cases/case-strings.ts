import "server-only";
import { getTranslations } from "next-intl/server";
import { CASE_CATEGORIES } from "@/lib/cases/categories";
import { URGENCY_CHOICES } from "@/lib/cases/schemas";
import { CLOSE_REASONS } from "@/lib/cases/workflow";
import type { CountryOption } from "@/lib/registry/list-countries";
import type { ReportCaseStrings } from "./report-case-form";

// The strings and options the client components of the case pages receive as props
// (client components get no message catalog; see app/layout.tsx).

const REPORT_KEYS = [
  "workerSection", "reporterSection", "caseSection", "workerName", "workerDescription", "workerDescriptionHint",
  "reporterName", "reporterRelation", "reporterRelationHint", "reporterPhone", "reporterAddress", "category",
  "country", "whatHappened", "whatHappenedHint", "happenedOn", "urgency", "submit", "submitting",
  "doneTitle", "doneIntro", "trackingCode", "pin", "followAt", "openCase", "print", "another", "chosen",
] as const satisfies readonly (keyof ReportCaseStrings)[];

export async function reportCaseStrings(): Promise<ReportCaseStrings> {
  const t = await getTranslations("cases.new");
  // Placeholders ({number}, {url}, {name}) are filled in by the form once it knows them.
  return Object.fromEntries(REPORT_KEYS.map((k) => [k, t.raw(k) as string])) as ReportCaseStrings;
}

export async function caseOptions(countries: CountryOption[]) {
  const t = await getTranslations("cases");
  return {
    categories: [{ value: "", label: t("new.chooseCategory") }, ...CASE_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))],
    countries: [{ value: "", label: t("new.chooseCountry") }, ...countries.map((c) => ({ value: c.code, label: c.name }))],
    urgencies: URGENCY_CHOICES.map((u) => ({ value: u, label: t(`urgency.${u}`) })),
    closeReasons: [{ value: "", label: t("steps.chooseCloseReason") }, ...CLOSE_REASONS.map((r) => ({ value: r, label: t(`closeReason.${r}`) }))],
  };
}
