import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { listCooperatives } from "@/lib/empowerment/groups/cooperatives";
import { GROUP_STATUSES } from "@/lib/empowerment/groups/schemas";
import { listActiveGroupKinds } from "@/lib/empowerment/kinds/group-kinds";
import type { Actor } from "@/lib/authz";
import type { GroupFormStrings } from "./group-form";

/** The group form's labels and choices (active kinds, the village's cooperatives), in the user's language. */
export async function groupFormChoices(actor: Actor, locale: Locale, villageCode: string, keepKind?: { code: string; label: string }) {
  const [t, kinds, coops] = await Promise.all([getTranslations("groups.group"), listActiveGroupKinds(), listCooperatives(actor, { villageCode })]);
  const kindOptions = kinds.map((k) => ({ value: k.code, label: locale === "en" ? k.nameEn : k.nameId }));
  if (keepKind && !kindOptions.some((k) => k.value === keepKind.code)) kindOptions.push({ value: keepKind.code, label: keepKind.label });
  const strings: GroupFormStrings = {
    name: t("name"), kind: t("kind"), chooseKind: t("chooseKind"), foundedOn: t("foundedOn"), status: t("status"), cooperative: t("cooperative"),
    noCooperative: t("noCooperative"), description: t("description"), create: t("create"), save: t("save"), saving: t("saving"), editSummary: t("editSummary"),
  };
  return {
    kinds: kindOptions,
    statuses: GROUP_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
    cooperatives: coops.map((c) => ({ value: c.id, label: c.name })),
    strings,
  };
}
