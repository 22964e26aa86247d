import "server-only";
import { getTranslations } from "next-intl/server";
import { ROLES } from "@/lib/authz/roles";
import type { RegionOption } from "@/lib/users/list-region-options";
import type { VillageOption } from "@/lib/users/list-villages";

// Select options for the user pages, labelled in the user's language on the server.
type Option = { value: string; label: string };

export async function roleOptions(): Promise<Option[]> {
  const tc = await getTranslations("common");
  return ROLES.map((r) => ({ value: r, label: tc(`roles.${r}`) }));
}

export async function villageOptions(villages: VillageOption[]): Promise<Option[]> {
  const t = await getTranslations("admin.users.fields");
  return villages.map((v) => {
    const base = v.district && v.regency ? t("villageOption", { name: v.name, district: v.district, regency: v.regency }) : v.name;
    return { value: v.code, label: v.active ? base : t("villageInactive", { label: base }) };
  });
}

/** Provinces first-level, kabupaten/kota indented under them (codes sort parents first). */
export function regionOptions(regions: RegionOption[]): Option[] {
  return regions.map((r) => ({ value: r.code, label: `${r.level === 2 ? "\u00a0\u00a0\u00a0" : ""}${r.name} (${r.code})` }));
}
