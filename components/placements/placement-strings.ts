import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import type { PlacementReference } from "@/lib/placements/list-placement-reference";
import { PLACEMENT_CHANNELS } from "@/lib/placements/schemas";

// The strings and options the client components of the placement pages receive as props
// (client components get no message catalog; see app/layout.tsx).

const FIELD_KEYS = [
  "countryCode", "jobCode", "employer", "recruiterName", "agentName", "agentPhone", "sip2miNumber", "channel",
  "contractStart", "contractEnd", "departureDate", "returnDate", "contactAbroadName", "contactAbroadPhone",
] as const;

export type PlacementFormStrings = {
  fields: Record<(typeof FIELD_KEYS)[number], string>;
  chooseCountry: string;
  chooseJob: string;
  chooseChannel: string;
  recruiterHint: string;
  agentHint: string;
  phoneHint: string;
  dateHint: string;
  zeroCost: string;
  moratorium: string;
  sectionTrip: string;
  sectionRecruitment: string;
  sectionDates: string;
  sectionContact: string;
};

export async function placementFormStrings(): Promise<PlacementFormStrings> {
  const t = await getTranslations("placements");
  return {
    fields: Object.fromEntries(FIELD_KEYS.map((k) => [k, t(`fields.${k}`)])) as PlacementFormStrings["fields"],
    chooseCountry: t("form.chooseCountry"),
    chooseJob: t("form.chooseJob"),
    chooseChannel: t("form.chooseChannel"),
    recruiterHint: t("form.recruiterHint"),
    agentHint: t("form.agentHint"),
    phoneHint: t("form.phoneHint"),
    dateHint: t("form.dateHint"),
    zeroCost: t("form.zeroCost"),
    moratorium: t("form.moratorium"),
    sectionTrip: t("form.sectionTrip"),
    sectionRecruitment: t("form.sectionRecruitment"),
    sectionDates: t("form.sectionDates"),
    sectionContact: t("form.sectionContact"),
  };
}

/** Countries, jobs and channels as select options, in the user's language. */
export async function placementOptions(reference: PlacementReference, locale: Locale) {
  const t = await getTranslations("placements");
  return {
    countries: reference.countries.map((c) => ({ value: c.code, label: locale === "en" ? c.nameEn : c.nameId, moratoriumHousehold: c.moratoriumHousehold })),
    jobs: reference.jobs.map((j) => ({
      value: j.code,
      label: `${locale === "en" ? j.nameEn : j.nameId} (${t(`sector.${j.sector}`)})`,
      zeroCost: j.zeroCost,
      household: j.household,
    })),
    channels: PLACEMENT_CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) })),
  };
}
