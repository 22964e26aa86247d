import { getTranslations } from "next-intl/server";
import type { PersonGroupRow } from "@/lib/empowerment/groups/list-person-groups";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The person page's "Kelompok usaha" section content: each membership (open or past) with its
 * group, role and period. The rows come from listPersonGroups(actor, personId); the page
 * supplies the section and its heading (groups.person.title).
 */
export async function PersonGroups({ groups, locale }: { groups: PersonGroupRow[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "groups" });
  if (groups.length === 0) return <p className="text-slate-700">{t("person.empty")}</p>;
  return (
    <ul className="flex flex-col gap-2" aria-label={t("person.caption")}>
      {groups.map((g) => {
        const joined = formatDate(g.joinedOn, locale);
        return (
          <li key={g.memberId} className="rounded-md border border-slate-200 p-2">
            <a href={`/groups/${g.groupId}`} className="font-medium">{g.groupName}</a>
            {` · ${t(`members.roles.${g.role}`)} · `}
            {g.leftOn ? t("person.sinceUntil", { joined, left: formatDate(g.leftOn, locale) }) : t("person.since", { joined })}
          </li>
        );
      })}
    </ul>
  );
}
