import "server-only";
import { getTranslations } from "next-intl/server";
import type { OneTimePasswordStrings } from "./one-time-password-notice";
import type { UserFormStrings } from "./user-form";

// The strings the client components of the user pages receive as props (client components
// get no message catalog; see app/layout.tsx).

export async function userFormStrings(): Promise<Omit<UserFormStrings, "submit" | "pending">> {
  const t = await getTranslations("admin.users.fields");
  return {
    email: t("email"),
    emailHint: t("emailHint"),
    name: t("name"),
    role: t("role"),
    chooseRole: t("chooseRole"),
    villageCode: t("villageCode"),
    villageHint: t("villageHint"),
    chooseVillage: t("chooseVillage"),
    regionCode: t("regionCode"),
    regionHint: t("regionHint"),
    chooseRegion: t("chooseRegion"),
    ownRoleHint: t("ownRoleHint"),
  };
}

export async function oneTimePasswordStrings(): Promise<Omit<OneTimePasswordStrings, "intro">> {
  const t = await getTranslations("admin.users.oneTimePassword");
  return {
    title: t("title"),
    label: t("label"),
    warning: t("warning"),
    handOver: t("handOver"),
    copy: t("copy"),
    copied: t("copied"),
    copyFailed: t("copyFailed"),
  };
}
