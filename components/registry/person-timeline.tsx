import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { isCalendarEvent, type TimelineEvent } from "@/lib/registry/timeline";

const CONSENT_SCOPES = new Set(["REGISTRY", "CASE_HANDLING", "EMPOWERMENT", "SHARING_BP3MI"]);

/** Placements, check-ins, consents and cases in one list, newest first. Group memberships will join it. */
export async function PersonTimeline({ events, countryNames, locale }: { events: TimelineEvent[]; countryNames: Map<string, string>; locale: Locale }) {
  const t = await getTranslations("registry.timeline");
  const tc = await getTranslations("cases");
  if (events.length === 0) return <EmptyState text={t("empty")} />;
  const describe = (e: TimelineEvent) => {
    switch (e.kind) {
      case "placementCreated":
      case "departed":
      case "returned":
        return t(e.kind, { country: countryNames.get(e.countryCode) ?? e.countryCode });
      case "checkIn":
        return t("checkIn", { method: t(`methods.${e.method}`), wellbeing: t(`wellbeing.${e.wellbeing}`) });
      case "consentGiven":
      case "consentWithdrawn":
        return t(e.kind, { scopes: e.scopes.map((s) => (CONSENT_SCOPES.has(s) ? t(`consentScopes.${s}`) : s)).join(", ") });
      case "caseReported":
        return t("caseReported", { number: e.number, category: tc(`category.${e.category}`), status: tc(`status.${e.status}`) });
    }
  };
  return (
    <ol className="flex flex-col gap-3 border-l-2 border-slate-200 pl-4">
      {events.map((e) => (
        <li key={`${e.kind}-${"id" in e ? e.id : e.placementId}`} className="text-sm">
          <p className="text-xs text-slate-600">{isCalendarEvent(e.kind) ? formatDate(e.at, locale) : formatDateTime(e.at, locale)}</p>
          <p>
            {"placementId" in e ? (
              <a href={`/registry/placements/${e.placementId}`}>{describe(e)}</a>
            ) : e.kind === "caseReported" ? (
              <a href={`/cases/${e.id}`}>{describe(e)}</a>
            ) : (
              describe(e)
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
