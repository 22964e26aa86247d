import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { formatPhone } from "@/lib/recruiters/phone";
import type { ReportRow } from "@/lib/reports/list-reports";

export async function ReportTable({ rows, locale, villageNames }: { rows: ReportRow[]; locale: Locale; villageNames: Map<string, string> }) {
  const t = await getTranslations("reports");
  return (
    <ScrollTable label={t("inbox.table.caption")}>
      <thead className={thead}>
        <tr>
          <th scope="col" className={th}>{t("inbox.table.code")}</th>
          <th scope="col" className={th}>{t("inbox.table.when")}</th>
          <th scope="col" className={th}>{t("inbox.table.village")}</th>
          <th scope="col" className={th}>{t("inbox.table.who")}</th>
          <th scope="col" className={th}>{t("inbox.table.phone")}</th>
          <th scope="col" className={th}>{t("inbox.table.status")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className={tr}>
            <td data-label={t("inbox.table.code")} className={td}><Link href={`/reports/${r.id}`} className="font-semibold">{r.code}</Link></td>
            <td data-label={t("inbox.table.when")} className={`${td} whitespace-nowrap`}>{formatDateTime(r.createdAt, locale)}</td>
            <td data-label={t("inbox.table.village")} className={td}>{villageNames.get(r.villageCode) ?? r.villageCode}</td>
            <td data-label={t("inbox.table.who")} className={td}>{[r.agentName, r.recruiterName].filter(Boolean).join(" · ")}</td>
            <td data-label={t("inbox.table.phone")} className={`${td} whitespace-nowrap`}>{formatPhone(r.phone)}</td>
            <td data-label={t("inbox.table.status")} className={td}>{t(`status.${r.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
