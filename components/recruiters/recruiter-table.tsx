import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { AgentRow, RecruiterRow } from "@/lib/recruiters/list-recruiters";
import { formatPhone } from "@/lib/recruiters/phone";
import { LicenceBadge } from "./licence-badge";

export async function RecruiterTable({ rows, locale }: { rows: RecruiterRow[]; locale: Locale }) {
  const t = await getTranslations("recruiters");
  return (
    <ScrollTable label={t("table.caption")}>
      <thead className={thead}>
        <tr>
          <th scope="col" className={th}>{t("table.name")}</th>
          <th scope="col" className={th}>{t("table.licence")}</th>
          <th scope="col" className={th}>{t("table.status")}</th>
          <th scope="col" className={th}>{t("table.checked")}</th>
          <th scope="col" className={th}>{t("table.jobOrders")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className={tr}>
            <td data-label={t("table.name")} className={td}>
              <Link href={`/recruiters/${r.id}`} className="font-semibold">{r.name}</Link>
            </td>
            <td data-label={t("table.licence")} className={td}>{r.licenceNumber}</td>
            <td data-label={t("table.status")} className={td}>
              <LicenceBadge status={r.status} label={t(`status.${r.status}`)} />
              {r.status === "SUSPENDED" && r.suspendedUntil ? <span className="block text-xs text-slate-600">{formatDate(r.suspendedUntil, locale)}</span> : null}
            </td>
            <td data-label={t("table.checked")} className={`${td} whitespace-nowrap`}>{formatDate(r.lastCheckedOn, locale)}</td>
            <td data-label={t("table.jobOrders")} className={td}>{r._count.jobOrders}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

export async function AgentTable({ rows }: { rows: AgentRow[] }) {
  const t = await getTranslations("recruiters.agents");
  return (
    <ScrollTable label={t("table.caption")}>
      <thead className={thead}>
        <tr>
          <th scope="col" className={th}>{t("table.name")}</th>
          <th scope="col" className={th}>{t("table.phone")}</th>
          <th scope="col" className={th}>{t("table.claimed")}</th>
          <th scope="col" className={th}>{t("table.watchlist")}</th>
          <th scope="col" className={th}>{t("table.reports")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <tr key={a.id} className={tr}>
            <td data-label={t("table.name")} className={td}>
              <Link href={`/recruiters/agents/${a.id}`} className="font-semibold">{a.name}</Link>
            </td>
            <td data-label={t("table.phone")} className={`${td} whitespace-nowrap`}>{formatPhone(a.phone)}</td>
            <td data-label={t("table.claimed")} className={td}>
              {a.claimedRecruiter ? <Link href={`/recruiters/${a.claimedRecruiter.id}`}>{a.claimedRecruiter.name}</Link> : (a.claimedCompanyName ?? "")}
            </td>
            <td data-label={t("table.watchlist")} className={td}>{a.watchlisted ? <strong className="text-red-800">{t("watchlisted")}</strong> : t("notWatchlisted")}</td>
            <td data-label={t("table.reports")} className={td}>{a._count.reports}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
