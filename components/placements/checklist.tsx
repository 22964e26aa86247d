import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { todayWib, toDateInput } from "@/lib/placements/dates";
import type { PlacementDetail } from "@/lib/placements/get-placement";
import { checklistProgress, requirementDefinition, suggestAgeRequirement, isRequirementCode, type RequirementStatus } from "@/lib/placements/requirements";
import { RequirementForm } from "./requirement-form";

const STATUS_COLOURS: Record<RequirementStatus, string> = {
  MISSING: "bg-slate-100 text-slate-800",
  SUBMITTED: "bg-amber-100 text-amber-900",
  VERIFIED: "bg-green-100 text-green-900",
};

type Props = { placement: PlacementDetail; locale: Locale; canWrite: boolean; canVerify: boolean };

/** The Pasal 5 / Pasal 13 checklist as cards (they fit a phone), each with its own small form. */
export async function Checklist({ placement, locale, canWrite, canVerify }: Props) {
  const t = await getTranslations("placements");
  const items = placement.requirements.filter((r) => isRequirementCode(r.code));
  const progress = checklistProgress(items);
  const closed = placement.status === "CANCELLED";
  const statusOptions = (["MISSING", "SUBMITTED", ...(canVerify ? ["VERIFIED"] : [])] as RequirementStatus[]).map((s) => ({ value: s, label: t(`requirementStatus.${s}`) }));
  const strings = {
    status: t("checklist.status"),
    date: t("checklist.date"),
    dateHint: t("checklist.dateHint"),
    note: t("checklist.note"),
    save: t("checklist.save"),
    saving: t("checklist.saving"),
    saved: t("checklist.saved"),
  };
  const age = suggestAgeRequirement(placement.person.birthDate, placement, todayWib());

  const groups = [
    { title: t("checklist.pasal5"), items: items.filter((i) => i.code.startsWith("P5_")) },
    { title: t("checklist.pasal13"), items: items.filter((i) => i.code.startsWith("P13_")) },
  ];

  return (
    <>
      <p className="mt-1 text-sm text-slate-600">{t("checklist.intro")}</p>
      <p className="mt-2 text-sm font-semibold" role="status">{t("checklist.progress", progress)}</p>
      {closed ? <p className="mt-2 text-sm text-slate-700">{t("checklist.closed")}</p> : null}
      {canWrite && !canVerify && !closed && items.some((i) => i.status === "VERIFIED") ? (
        <p className="mt-2 text-sm text-slate-600">{t("checklist.lockedForRole")}</p>
      ) : null}
      {groups.map((group) => (
        <div key={group.title} className="mt-4">
          <h3 className="text-base font-semibold">{group.title}</h3>
          <ul className="mt-2 flex flex-col gap-3">
            {group.items.map((item) => {
              if (!isRequirementCode(item.code)) return null;
              const def = requirementDefinition(item.code);
              const label = t(def.labelKey);
              const locked = item.status === "VERIFIED" && !canVerify;
              return (
                <li key={item.code} id={`req-${item.code}`} className="rounded-md border border-slate-200 p-3">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div>
                      <p className="font-semibold">{label}</p>
                      <p className="text-xs text-slate-600">{t("basis", { article: def.basis.article, letter: def.basis.letter })}</p>
                    </div>
                    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${STATUS_COLOURS[item.status]}`}>{t(`requirementStatus.${item.status}`)}</span>
                  </div>
                  <p className="mt-1 text-sm text-slate-700">{t(def.hintKey)}</p>
                  {item.code === "P5_AGE" ? (
                    <p className={`mt-1 text-sm ${age.meetsMinimum ? "text-slate-700" : "font-semibold text-red-800"}`}>
                      {t("checklist.ageSuggestion", { age: age.age, date: formatDate(age.referenceDate, locale) })}{" "}
                      {age.meetsMinimum ? t("checklist.ageOk") : t("checklist.ageTooYoung")}
                    </p>
                  ) : null}
                  {item.status === "VERIFIED" ? (
                    <p className="mt-1 text-sm text-slate-700">{t("checklist.verifiedBy", { name: item.verifiedByName ?? "—", date: formatDate(item.date, locale) })}</p>
                  ) : item.status === "SUBMITTED" && item.date ? (
                    <p className="mt-1 text-sm text-slate-700">{t("checklist.submittedOn", { date: formatDate(item.date, locale) })}</p>
                  ) : null}
                  {item.note ? <p className="mt-1 text-sm text-slate-700 [overflow-wrap:anywhere]">{item.note}</p> : null}
                  {canWrite && !closed && !locked ? (
                    <RequirementForm
                      placementId={placement.id}
                      code={item.code}
                      itemLabel={label}
                      values={{ status: item.status, date: toDateInput(item.date), note: item.note ?? "" }}
                      statuses={statusOptions}
                      strings={strings}
                    />
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </>
  );
}
