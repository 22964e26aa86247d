import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import { toDateInput, todayWib } from "@/lib/placements/dates";
import { UpdateGroupForm } from "./group-form";
import type { GroupSectionProps } from "./group-sections";
import { groupFormChoices } from "./group-strings";

const section = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6";

/** The group's summary (village, kind, founded, status, leader, cooperative); writers edit it here. */
export async function GroupProfileSection({ actor, group, locale, canWrite }: GroupSectionProps) {
  const t = await getTranslations("groups.group");
  const kind = locale === "en" ? group.kindNameEn : group.kindNameId;
  const leader = group.members.find((m) => m.role === "LEADER");
  const rows: [string, string][] = [
    [t("village"), group.villageName],
    [t("kind"), kind],
    [t("foundedShow"), group.foundedOn ? formatDate(group.foundedOn, locale) : t("none")],
    [t("status"), t(`statuses.${group.status}`)],
    [t("leader"), leader?.name ?? t("none")],
    [t("openMembers"), String(group.members.length)],
    [t("cooperativeShow"), group.cooperativeName ?? t("none")],
    [t("descriptionShow"), group.description ?? t("none")],
  ];
  const choices = canWrite ? await groupFormChoices(actor, locale, group.villageCode, { code: group.kindCode, label: kind }) : null;
  return (
    <section aria-labelledby="profile-title" className={section}>
      <h2 id="profile-title" className="mb-3">{t("profile")}</h2>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[10rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="whitespace-pre-line [overflow-wrap:anywhere]">{value}</dd>
          </div>
        ))}
      </dl>
      {choices ? (
        <div className="mt-4">
          <UpdateGroupForm
            group={{
              id: group.id, version: group.version, name: group.name, kindCode: group.kindCode, foundedOn: toDateInput(group.foundedOn),
              status: group.status, cooperativeId: group.cooperativeId ?? "", description: group.description ?? "",
            }}
            today={toDateInput(todayWib())}
            {...choices}
          />
        </div>
      ) : (
        <p className="mt-4 text-sm text-slate-700">{t("readOnly")}</p>
      )}
    </section>
  );
}
