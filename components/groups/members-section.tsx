import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import { Button } from "@/components/ui/button";
import type { Actor } from "@/lib/authz";
import type { GroupDetail } from "@/lib/empowerment/groups/get-group";
import { GROUP_ROLES } from "@/lib/empowerment/members/schemas";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { toDateInput, todayWib } from "@/lib/placements/dates";
import { listPeople } from "@/lib/registry/list-people";
import { parseListPeopleQuery } from "@/lib/registry/list-people-query";
import { AddMembersForm, ChangeRoleForm, LeaveMemberForm, type Candidate } from "./member-forms";

const section = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6";
const SEARCH_SIZE = 25;

/**
 * The group's members: open memberships with role and joining day (and, for writers, change
 * role / record leaving), the history of those who left, and the registry search that adds
 * several residents of the group's village at once (a plain GET search, ?q=).
 */
export async function GroupMembersSection({ actor, group, locale, canWrite, query }: {
  actor: Actor;
  group: GroupDetail;
  locale: Locale;
  canWrite: boolean;
  query: string | undefined;
}) {
  const t = await getTranslations("groups.members");
  const roles = GROUP_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
  const today = toDateInput(todayWib());
  const q = query?.trim().slice(0, 100);
  const found = canWrite && q ? await listPeople(actor, parseListPeopleQuery({ q }), SEARCH_SIZE) : null;
  const openIds = new Set(group.members.map((m) => m.personId));
  const candidates: Candidate[] = (found?.rows ?? [])
    .filter((p) => p.villageCode === group.villageCode)
    .map((p) => ({ id: p.id, name: p.name, detail: `· ${formatDate(p.birthDate, locale)}${p.dusun ? ` · ${p.dusun}` : ""}`, already: openIds.has(p.id), pickLabel: t("pick", { name: p.name }) }));

  return (
    <section id="members" aria-labelledby="members-title" className={section}>
      <h2 id="members-title" className="mb-2">{t("title")}</h2>
      <p className="mb-3 text-sm text-slate-700">{t("intro", { count: group.members.length })}</p>
      {group.members.length === 0 ? (
        <p className="mb-4 text-slate-700">{t("empty")}</p>
      ) : (
        <div className="mb-4">
          <ScrollTable label={t("caption")}>
            <thead className={thead}>
              <tr>
                <th scope="col" className={th}>{t("name")}</th>
                <th scope="col" className={th}>{t("role")}</th>
                <th scope="col" className={th}>{t("joinedOn")}</th>
                {canWrite ? <th scope="col" className={th}>{t("actions")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {group.members.map((m) => (
                <tr key={m.id} className={tr}>
                  <td data-label={t("name")} className={td}><Link href={`/registry/people/${m.personId}`}>{m.name}</Link></td>
                  <td data-label={t("role")} className={td}>{t(`roles.${m.role}`)}</td>
                  <td data-label={t("joinedOn")} className={td}>{formatDate(m.joinedOn, locale)}</td>
                  {canWrite ? (
                    <td data-label={t("actions")} className={td}>
                      <div className="flex flex-col gap-2">
                        <ChangeRoleForm
                          member={{ id: m.id, version: m.version, role: m.role }}
                          roles={roles}
                          strings={{ summary: t("roleSummary"), title: t("roleForm", { name: m.name }), role: t("role"), hint: t("roleHint"), save: t("saveRole"), saving: t("saving") }}
                        />
                        <LeaveMemberForm
                          member={{ id: m.id, version: m.version, joinedOn: toDateInput(m.joinedOn) }}
                          today={today}
                          strings={{ summary: t("leaveSummary"), title: t("leaveForm", { name: m.name }), leftOn: t("leftOnLabel"), reason: t("reasonLabel"), confirm: t("leaveConfirm", { name: m.name }), leave: t("leave"), leaving: t("leaving") }}
                        />
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </div>
      )}

      {group.pastMembers.length > 0 ? (
        <div className="mb-4">
          <h3 className="mb-2 text-base">{t("pastTitle")}</h3>
          <ScrollTable label={t("pastCaption")}>
            <thead className={thead}>
              <tr>
                <th scope="col" className={th}>{t("name")}</th>
                <th scope="col" className={th}>{t("role")}</th>
                <th scope="col" className={th}>{t("joinedOn")}</th>
                <th scope="col" className={th}>{t("leftOn")}</th>
                <th scope="col" className={th}>{t("leaveReason")}</th>
              </tr>
            </thead>
            <tbody>
              {group.pastMembers.map((m) => (
                <tr key={m.id} className={tr}>
                  <td data-label={t("name")} className={td}><Link href={`/registry/people/${m.personId}`}>{m.name}</Link></td>
                  <td data-label={t("role")} className={td}>{t(`roles.${m.role}`)}</td>
                  <td data-label={t("joinedOn")} className={td}>{formatDate(m.joinedOn, locale)}</td>
                  <td data-label={t("leftOn")} className={td}>{formatDate(m.leftOn, locale)}</td>
                  <td data-label={t("leaveReason")} className={td}>{m.leaveReason ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </div>
      ) : null}

      {canWrite ? (
        <div className="flex flex-col gap-3 border-t border-slate-200 pt-4">
          <h3 className="text-base">{t("addTitle")}</h3>
          <form method="get" action={`/groups/${group.id}#members`} role="search" aria-label={t("find")} className="flex flex-col gap-2 sm:flex-row sm:items-end">
            <div className="flex grow flex-col gap-1">
              <label htmlFor="member-q" className="text-sm font-medium text-slate-800">{t("find")}</label>
              <input id="member-q" name="q" type="search" defaultValue={q ?? ""} maxLength={100} aria-describedby="member-q-hint" className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base" />
              <p id="member-q-hint" className="text-xs text-slate-600">{t("findHint")}</p>
            </div>
            <Button type="submit" variant="secondary">{t("searchButton")}</Button>
          </form>
          {found ? (
            candidates.length === 0 ? (
              <p role="status">{t("noMatch")}</p>
            ) : (
              <AddMembersForm
                groupId={group.id}
                candidates={candidates}
                roles={roles}
                today={today}
                strings={{ form: t("addForm"), results: t("results"), already: t("alreadyMember"), role: t("addRole"), joinedOn: t("addJoinedOn"), add: t("add"), adding: t("adding") }}
              />
            )
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
