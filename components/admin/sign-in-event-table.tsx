import { getTranslations } from "next-intl/server";
import type { SignInEventRow } from "@/lib/auth/list-sign-in-events";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { ScrollTable, td, th, thead, tr } from "./scroll-table";

const OUTCOME_STYLE = {
  SUCCESS: "bg-green-100 text-green-900",
  FAILURE: "bg-red-100 text-red-900",
  LOCKED: "bg-amber-100 text-amber-900",
} as const;

export async function SignInEventTable({ rows, locale }: { rows: SignInEventRow[]; locale: Locale }) {
  const t = await getTranslations("admin.signInEvents");
  return (
    <ScrollTable label={t("table.caption")}>
      <thead className={thead}>
        <tr>
          <th scope="col" className={th}>{t("table.at")}</th>
          <th scope="col" className={th}>{t("table.email")}</th>
          <th scope="col" className={th}>{t("table.outcome")}</th>
          <th scope="col" className={th}>{t("table.ip")}</th>
          <th scope="col" className={th}>{t("table.userAgent")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id.toString()} className={tr}>
            <td data-label={t("table.at")} className={`${td} whitespace-nowrap`}>{formatDateTime(r.at, locale)}</td>
            <td data-label={t("table.email")} className={`${td} [overflow-wrap:anywhere]`}>
              {r.email}
              {r.userId ? null : <span className="block text-xs text-slate-600">{t("table.unknownUser")}</span>}
            </td>
            <td data-label={t("table.outcome")} className={td}>
              <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${OUTCOME_STYLE[r.outcome]}`}>{t(`outcomes.${r.outcome}`)}</span>
            </td>
            <td data-label={t("table.ip")} className={`${td} whitespace-nowrap font-mono text-xs`}>{r.ip}</td>
            <td data-label={t("table.userAgent")} className={`${td} max-w-64 truncate text-xs text-slate-600`} title={r.userAgent ?? undefined}>
              {r.userAgent ?? ""}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
