import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { UserRow } from "@/lib/users/list-users";
import { UserStatusBadge } from "./user-status-badge";

export async function UserTable({ rows, locale, regionNames }: { rows: UserRow[]; locale: Locale; regionNames: Map<string, string> }) {
  const t = await getTranslations("admin.users");
  const tc = await getTranslations("common");

  function place(u: UserRow): string {
    if (u.villageCode) return u.villageName ?? u.villageCode;
    if (u.regionCode) return t("place.region", { name: regionNames.get(u.regionCode) ?? u.regionCode });
    return u.role === "ADMIN" ? t("place.allVillages") : t("place.none");
  }

  return (
    <ScrollTable label={t("table.caption")}>
      <thead className={thead}>
        <tr>
          <th scope="col" className={th}>{t("table.name")}</th>
          <th scope="col" className={th}>{t("table.role")}</th>
          <th scope="col" className={th}>{t("table.place")}</th>
          <th scope="col" className={th}>{t("table.status")}</th>
          <th scope="col" className={th}>{t("table.lastSignIn")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((u) => (
          <tr key={u.id} className={tr}>
            <td data-label={t("table.name")} className={td}>
              <Link href={`/admin/users/${u.id}`} className="font-semibold">
                {u.name}
              </Link>
              <span className="block [overflow-wrap:anywhere] text-slate-600">{u.email}</span>
            </td>
            <td data-label={t("table.role")} className={td}>{tc(`roles.${u.role}`)}</td>
            <td data-label={t("table.place")} className={td}>{place(u)}</td>
            <td data-label={t("table.status")} className={td}>
              <UserStatusBadge disabled={!!u.disabledAt} label={u.disabledAt ? t("status.disabled") : t("status.active")} />
            </td>
            <td data-label={t("table.lastSignIn")} className={`${td} whitespace-nowrap`}>{u.lastSignInAt ? formatDateTime(u.lastSignInAt, locale) : t("table.neverSignedIn")}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
