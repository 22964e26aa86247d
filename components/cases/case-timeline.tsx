import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import type { CaseEventRow } from "@/lib/cases/get-case";
import { formatMoney } from "@/lib/cases/claims/money";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

type Data = Record<string, unknown> | null;
const str = (d: Data, key: string) => (d && typeof d[key] === "string" ? (d[key] as string) : "");

/** The case's history, newest first: status changes, assignments, notes and what the other parts add. */
export async function CaseTimeline({ events, locale }: { events: CaseEventRow[]; locale: Locale }) {
  const t = await getTranslations("cases");
  const tm = await getTranslations("caseMoney");
  if (events.length === 0) return <EmptyState text={t("page.emptyTimeline")} />;
  const status = (s: string | null) => (s ? t(`status.${s}`) : "");
  const title = (e: CaseEventRow): string => {
    const d = e.data as Data;
    switch (e.kind) {
      case "STATUS":
      case "REOPENED":
        return t(`timeline.${e.kind}`, { from: status(e.fromStatus), to: status(e.toStatus) });
      case "ASSIGNED":
        return str(d, "handlerName") ? t("timeline.ASSIGNED", { name: str(d, "handlerName") }) : t("timeline.unassigned");
      case "ATTACHMENT":
        return t("timeline.ATTACHMENT", { name: str(d, "fileName") });
      case "REFERRAL": {
        const agency = str(d, "agency") ? tm(`referrals.agency.${str(d, "agency")}`) : "";
        const where = [agency, str(d, "agencyName"), str(d, "countryCode")].filter(Boolean).join(" · ");
        return t(str(d, "change") === "updated" ? "timeline.referralUpdated" : "timeline.referralCreated", { agency: where });
      }
      case "CLAIM": {
        if (!str(d, "kind")) return t("timeline.CLAIM");
        const money = (key: string) => (str(d, key) ? formatMoney(str(d, key), str(d, "currency"), locale) : "");
        return t(str(d, "change") === "updated" ? "timeline.claimUpdated" : "timeline.claimCreated", {
          kind: tm(`claims.kind.${str(d, "kind")}`),
          claimed: money("amountClaimed"),
          recovered: money("amountRecovered"),
        });
      }
      case "MEDIATION":
        return str(d, "outcome")
          ? t("timeline.mediationRecorded", { date: formatDate(str(d, "heldOn"), locale), outcome: tm(`mediation.outcome.${str(d, "outcome")}`) })
          : t("timeline.MEDIATION");
      default:
        return t(`timeline.${e.kind}`);
    }
  };
  return (
    <ol className="flex flex-col gap-3">
      {events.map((e) => {
        const reason = str(e.data as Data, "closeReason");
        return (
          <li key={String(e.id)} className="rounded-md border border-slate-200 p-3">
            <p className="flex flex-wrap items-baseline gap-x-2 text-sm text-slate-700">
              <time dateTime={e.at.toISOString()}>{formatDateTime(e.at, locale)}</time>
              {e.actorName ? <span>{t("timeline.by", { name: e.actorName })}</span> : null}
              {e.kind === "NOTE" || e.text ? <span className="font-medium">{e.shareable ? t("timeline.shared") : t("timeline.internal")}</span> : null}
            </p>
            <p className="font-semibold">{title(e)}</p>
            {reason ? <p className="text-sm">{t("timeline.closeReason", { reason: t(`closeReason.${reason}`) })}</p> : null}
            {e.text ? <p className="mt-1 whitespace-pre-line">{e.text}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
