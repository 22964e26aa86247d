import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { HouseholdDetail } from "@/lib/registry/get-household";
import { StatusBadge } from "./status-badge";

/** The members of a household, the head first. */
export async function HouseholdMembers({ members, locale }: { members: HouseholdDetail["members"]; locale: Locale }) {
  const t = await getTranslations("registry");
  if (members.length === 0) return <EmptyState text={t("household.noMembers")} />;
  return (
    <ScrollTable label={t("household.membersCaption")}>
      <thead className={thead}>
        <tr>
          <th scope="col" className={th}>{t("table.name")}</th>
          <th scope="col" className={th}>{t("fields.relationToHead")}</th>
          <th scope="col" className={th}>{t("table.nik")}</th>
          <th scope="col" className={th}>{t("table.birthDate")}</th>
          <th scope="col" className={th}>{t("table.status")}</th>
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr key={m.id} className={tr}>
            <td data-label={t("table.name")} className={td}>
              <Link href={`/registry/people/${m.id}`} className="font-medium">{m.name}</Link>
            </td>
            <td data-label={t("fields.relationToHead")} className={td}>{m.relationToHead ? t(`relations.${m.relationToHead}`) : ""}</td>
            <td data-label={t("table.nik")} className={`${td} whitespace-nowrap font-mono text-xs`}>{m.nik}</td>
            <td data-label={t("table.birthDate")} className={`${td} whitespace-nowrap`}>{formatDate(m.birthDate, locale)}</td>
            <td data-label={t("table.status")} className={td}>
              <StatusBadge status={m.currentStatus} label={m.currentStatus ? t(`status.${m.currentStatus}`) : t("status.none")} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
