import { getTranslations } from "next-intl/server";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

type Change = { id: bigint; status: "ACTIVE" | "SUSPENDED" | "REVOKED"; suspensionScope: "PARTIAL" | "FULL" | null; suspendedFrom: Date | null; suspendedUntil: Date | null; decree: string | null; decreeOn: Date | null; note: string | null; changedAt: Date };

/** Every status the company has had, oldest first: the history is only appended to. */
export async function StatusHistory({ changes, locale }: { changes: Change[]; locale: Locale }) {
  const t = await getTranslations("recruiters");
  const none = t("detail.none");
  return (
    <section aria-labelledby="history-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="history-title">{t("history.title")}</h2>
      {changes.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("history.empty")}</p>
      ) : (
        <ol className="mt-2 flex flex-col gap-2 text-sm">
          {changes.map((c) => (
            <li key={c.id.toString()} className="border-l-4 border-slate-300 pl-3">
              <p className="font-semibold">{t("history.entry", { date: formatDateTime(c.changedAt, locale), status: t(`status.${c.status}`) })}</p>
              {c.status === "SUSPENDED" && c.suspensionScope ? (
                <p>{t("detail.suspension", { scope: t(`scope.${c.suspensionScope}`), from: formatDate(c.suspendedFrom, locale) || none, until: formatDate(c.suspendedUntil, locale) || none })}</p>
              ) : null}
              {c.decree ? <p>{t("detail.decreeText", { decree: c.decree, decreeOn: formatDate(c.decreeOn, locale) || none })}</p> : null}
              {c.note ? <p className="text-slate-600">{c.note}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
