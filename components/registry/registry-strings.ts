import "server-only";
import { getTranslations } from "next-intl/server";
import { EDUCATIONS, MARITAL_STATUSES, RELATIONS, SEXES } from "@/lib/registry/schemas";
import type { HouseholdFormStrings } from "./household-form";
import type { PersonFormStrings } from "./person-form";
import type { RevealStrings } from "./reveal-field-form";
import type { TransferRequestStrings } from "./transfer-request-form";

// The strings and options the registry's client components receive as props (client
// components get no message catalog; see app/layout.tsx).

type Option = { value: string; label: string };

export async function registryOptions(): Promise<{ sexes: Option[]; educations: Option[]; maritalStatuses: Option[]; relations: Option[] }> {
  const t = await getTranslations("registry");
  return {
    sexes: SEXES.map((v) => ({ value: v, label: t(`sexes.${v}`) })),
    educations: EDUCATIONS.map((v) => ({ value: v, label: t(`educations.${v}`) })),
    maritalStatuses: MARITAL_STATUSES.map((v) => ({ value: v, label: t(`maritalStatuses.${v}`) })),
    relations: RELATIONS.map((v) => ({ value: v, label: t(`relations.${v}`) })),
  };
}

export async function personFormStrings(): Promise<Omit<PersonFormStrings, "submit" | "pending">> {
  const t = await getTranslations("registry.fields");
  const keys = [
    "identity", "addressSection", "otherSection", "householdSection", "nik", "nikHint", "name", "sex", "birthPlace", "birthDate",
    "address", "dusun", "rt", "rw", "rtRwHint", "phone", "phoneHint", "education", "maritalStatus", "passportNumber", "passportHint",
    "healthNotes", "healthNotesHint", "healthNotesKeepHint", "clearHealthNotes", "household", "relationToHead", "choose", "openExisting",
  ] as const;
  return Object.fromEntries(keys.map((k) => [k, t(k)])) as Omit<PersonFormStrings, "submit" | "pending">;
}

export async function transferRequestStrings(): Promise<TransferRequestStrings> {
  const t = await getTranslations("registry.transfer.request");
  return { title: t("title"), intro: t("intro"), reason: t("reason"), reasonHint: t("reasonHint"), submit: t("submit"), pending: t("pending"), sent: t("sent") };
}

export async function revealStrings(): Promise<RevealStrings> {
  const t = await getTranslations("registry.reveal");
  return { show: t("show"), pending: t("pending"), empty: t("empty"), notice: t("notice") };
}

export async function householdFormStrings(): Promise<Omit<HouseholdFormStrings, "submit" | "pending">> {
  const t = await getTranslations("registry.household.form");
  const keys = ["card", "kkNumber", "kkHint", "address", "dusun", "rt", "rw", "members", "membersHint", "memberNik", "memberRelation", "row", "choose"] as const;
  return Object.fromEntries(keys.map((k) => [k, t(k)])) as Omit<HouseholdFormStrings, "submit" | "pending">;
}
