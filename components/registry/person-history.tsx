import { getTranslations } from "next-intl/server";
import { AuditChanges } from "@/components/audit/audit-changes";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { PersonHistoryEntry } from "@/lib/registry/list-person-history";

const KNOWN_ACTIONS = new Set([
  "person.create", "person.update", "person.household", "person.transfer", "person.reveal-nik", "person.reveal-passport", "person.reveal-health",
  "household.create", "household.update", "transfer.request", "transfer.approve", "transfer.reject",
]);

/** Who did what to this person's records: the audit log entries, newest first. */
export async function PersonHistory({ entries, locale }: { entries: PersonHistoryEntry[]; locale: Locale }) {
  const t = await getTranslations("registry.history");
  const ta = await getTranslations("audit");
  const tc = await getTranslations("common");
  if (entries.length === 0) return <EmptyState text={t("empty")} />;
  const strings = {
    none: ta("changes.none"),
    empty: ta("changes.empty"),
    more: (count: number) => ta("changes.more", { count }),
    moment: (iso: string) => formatDateTime(iso, locale),
  };
  return (
    <ScrollTable label={t("caption")}>
      <thead className={thead}>
        <tr>
          <th scope="col" className={th}>{t("at")}</th>
          <th scope="col" className={th}>{t("actor")}</th>
          <th scope="col" className={th}>{t("action")}</th>
          <th scope="col" className={th}>{t("changes")}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id.toString()} className={tr}>
            <td data-label={t("at")} className={`${td} whitespace-nowrap`}>{formatDateTime(e.at, locale)}</td>
            <td data-label={t("actor")} className={`${td} [overflow-wrap:anywhere]`}>
              {e.actorEmail ?? t("system")}
              {e.actorRole ? <span className="block text-xs text-slate-600">{tc(`roles.${e.actorRole}`)}</span> : null}
            </td>
            <td data-label={t("action")} className={td}>
              {KNOWN_ACTIONS.has(e.action) ? t(`actions.${e.action.replace(".", "_")}`) : <span className="font-mono text-xs">{e.action}</span>}
              <span className="block text-xs text-slate-600">{e.entity}</span>
            </td>
            <td data-label={t("changes")} className={`${td} sm:min-w-56`}>
              <AuditChanges before={e.before} after={e.after} strings={strings} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
