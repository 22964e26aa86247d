import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { PlacementDetail } from "@/lib/placements/get-placement";

const WELLBEING_COLOURS = { WELL: "bg-green-100 text-green-900", CONCERN: "bg-amber-100 text-amber-900", DISTRESS: "bg-red-100 text-red-900" } as const;

/** The placement's latest check-ins, newest first. */
export async function CheckInList({ placement, locale }: { placement: PlacementDetail; locale: Locale }) {
  const t = await getTranslations("placements.checkIns");
  const tp = await getTranslations("placements");
  if (placement.checkIns.length === 0) return <EmptyState text={t("empty")} />;
  return (
    <>
      <ol className="flex flex-col gap-2">
        {placement.checkIns.map((c) => (
          <li key={c.id} className="rounded-md border border-slate-200 p-3 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-semibold">{formatDateTime(c.contactedAt, locale)}</span>
              <span>{tp(`contactMethod.${c.method}`)}</span>
              <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${WELLBEING_COLOURS[c.wellbeing]}`}>{tp(`wellbeing.${c.wellbeing}`)}</span>
              {c.recordedByName ? <span className="text-slate-600">{t("recordedBy", { name: c.recordedByName })}</span> : null}
            </div>
            {c.note ? <p className="mt-1 whitespace-pre-line [overflow-wrap:anywhere]">{c.note}</p> : null}
          </li>
        ))}
      </ol>
      {placement.checkInCount > placement.checkIns.length ? (
        <p className="mt-2 text-sm text-slate-600">{t("showing", { shown: placement.checkIns.length, total: placement.checkInCount })}</p>
      ) : null}
    </>
  );
}
