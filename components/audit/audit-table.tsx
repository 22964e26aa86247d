import { getTranslations } from "next-intl/server";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import type { AuditRow } from "@/lib/audit/list-audit";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { AuditChanges } from "./audit-changes";

export async function AuditTable({ rows, locale }: { rows: AuditRow[]; locale: Locale }) {
  const t = await getTranslations("audit");
  const tc = await getTranslations("common");
  const strings = {
    none: t("changes.none"),
    empty: t("changes.empty"),
    more: (count: number) => t("changes.more", { count }),
    moment: (iso: string) => formatDateTime(iso, locale),
  };
  return (
    <ScrollTable label={t("table.caption")}>
      <thead className={thead}>
        <tr>
          <th scope="col" className={th}>{t("table.at")}</th>
          <th scope="col" className={th}>{t("table.actor")}</th>
          <th scope="col" className={th}>{t("table.action")}</th>
          <th scope="col" className={th}>{t("table.entity")}</th>
          <th scope="col" className={th}>{t("table.changes")}</th>
          <th scope="col" className={th}>{t("table.ip")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id.toString()} className={tr}>
            <td data-label={t("table.at")} className={`${td} whitespace-nowrap`}>{formatDateTime(r.at, locale)}</td>
            <td data-label={t("table.actor")} className={`${td} [overflow-wrap:anywhere]`}>
              {r.actorEmail ?? t("table.system")}
              {r.actorRole ? <span className="block text-xs text-slate-600">{tc(`roles.${r.actorRole}`)}</span> : null}
            </td>
            <td data-label={t("table.action")} className={`${td} font-mono text-xs`}>{r.action}</td>
            <td data-label={t("table.entity")} className={`${td} text-xs`}>
              {r.entity}
              {r.entityId ? <span className="block [overflow-wrap:anywhere] font-mono text-slate-600">{r.entityId}</span> : null}
              {r.villageCode ? <span className="block text-slate-600">{t("table.village", { code: r.villageCode })}</span> : null}
            </td>
            <td data-label={t("table.changes")} className={`${td} sm:min-w-56`}>
              <AuditChanges before={r.before} after={r.after} strings={strings} />
            </td>
            <td data-label={t("table.ip")} className={`${td} whitespace-nowrap font-mono text-xs`}>{r.ip ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
