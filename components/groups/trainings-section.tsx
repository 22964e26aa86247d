import { getTranslations } from "next-intl/server";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import type { Actor } from "@/lib/authz";
import type { GroupDetail } from "@/lib/empowerment/groups/get-group";
import { listTrainings } from "@/lib/empowerment/trainings/record-training";
import { TRAINING_TOPICS } from "@/lib/empowerment/trainings/schemas";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { toDateInput, todayWib } from "@/lib/placements/dates";
import { RecordTrainingForm } from "./training-form";

const section = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6";

/** The group's trainings, newest first, with who attended; writers record a new one with attendance ticks. */
export async function GroupTrainingsSection({ actor, group, locale, canWrite }: { actor: Actor; group: GroupDetail; locale: Locale; canWrite: boolean }) {
  const [t, trainings] = await Promise.all([getTranslations("groups.trainings"), listTrainings(actor, group.id)]);
  return (
    <section id="trainings" aria-labelledby="trainings-title" className={section}>
      <h2 id="trainings-title" className="mb-3">{t("title")}</h2>
      {trainings.length === 0 ? (
        <p className="mb-4 text-slate-700">{t("empty")}</p>
      ) : (
        <div className="mb-4">
          <ScrollTable label={t("caption")}>
            <thead className={thead}>
              <tr>
                <th scope="col" className={th}>{t("heldOn")}</th>
                <th scope="col" className={th}>{t("topic")}</th>
                <th scope="col" className={th}>{t("titleLabel")}</th>
                <th scope="col" className={th}>{t("givenBy")}</th>
                <th scope="col" className={th}>{t("attendees")}</th>
              </tr>
            </thead>
            <tbody>
              {trainings.map((tr_) => (
                <tr key={tr_.id} className={tr}>
                  <td data-label={t("heldOn")} className={td}>{formatDate(tr_.heldOn, locale)}</td>
                  <td data-label={t("topic")} className={td}>{t(`topics.${tr_.topic}`)}</td>
                  <td data-label={t("titleLabel")} className={td}>{tr_.title}</td>
                  <td data-label={t("givenBy")} className={td}>{tr_.givenBy}</td>
                  <td data-label={t("attendees")} className={td}>
                    <details>
                      <summary className="cursor-pointer">{t("attendeesCount", { count: tr_.attendees.length })}</summary>
                      <ul className="mt-1 list-disc pl-5">
                        {tr_.attendees.map((a) => <li key={a.memberId}>{a.name}</li>)}
                      </ul>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </div>
      )}
      {canWrite ? (
        <div className="border-t border-slate-200 pt-4">
          <h3 className="mb-3 text-base">{t("recordTitle")}</h3>
          <RecordTrainingForm
            groupId={group.id}
            members={group.members.map((m) => ({ id: m.id, name: m.name }))}
            topics={TRAINING_TOPICS.map((x) => ({ value: x, label: t(`topics.${x}`) }))}
            today={toDateInput(todayWib())}
            strings={{
              form: t("recordTitle"), heldOn: t("heldOn"), topic: t("topic"), chooseTopic: t("chooseTopic"), title: t("titleLabel"), givenBy: t("givenBy"),
              legend: t("attendanceLegend"), hint: t("attendanceHint"), noMembers: t("noMembers"), record: t("record"), saving: t("saving"),
            }}
          />
        </div>
      ) : null}
    </section>
  );
}
