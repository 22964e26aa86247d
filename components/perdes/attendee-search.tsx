import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import type { Actor } from "@/lib/authz";
import { formatDate } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { listPeople } from "@/lib/registry/list-people";
import { parseListPeopleQuery } from "@/lib/registry/list-people-query";
import { AddAttendeeForm } from "./attendee-forms";

const PICK = 8;

/**
 * Finds a person of the session's village in the registry with a plain GET search (?q=), and
 * offers "Tambah" for each one not on the list yet. The registry search is the people list's
 * (listPeople), already limited to the actor's village.
 */
export async function AttendeeSearch({ actor, session, query, attendeeIds }: {
  actor: Actor;
  session: { id: string; villageCode: string };
  query: string | undefined;
  attendeeIds: Set<string>;
}) {
  const t = await getTranslations("perdes.sessions.attendee");
  const locale = toLocale(await getLocale());
  const q = query?.trim().slice(0, 100);
  const found = q ? await listPeople(actor, parseListPeopleQuery({ q }), PICK) : null;
  const rows = found?.rows.filter((p) => p.villageCode === session.villageCode) ?? [];
  return (
    <div className="flex flex-col gap-3">
      <form method="get" action={`/perdes/sessions/${session.id}#attendance`} role="search" aria-label={t("find")} className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex grow flex-col gap-1">
          <label htmlFor="attendee-q" className="text-sm font-medium text-slate-800">{t("find")}</label>
          <input id="attendee-q" name="q" type="search" defaultValue={q ?? ""} maxLength={100} aria-describedby="attendee-q-hint" className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base" />
          <p id="attendee-q-hint" className="text-xs text-slate-600">{t("findHint")}</p>
        </div>
        <Button type="submit" variant="secondary">{t("search")}</Button>
      </form>
      {found ? (
        rows.length === 0 ? (
          <p role="status">{t("noMatch")}</p>
        ) : (
          <ul className="flex flex-col gap-2" aria-label={t("results")}>
            {rows.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 p-2">
                <span>
                  <Link href={`/registry/people/${p.id}`}>{p.name}</Link>
                  {` · ${formatDate(p.birthDate, locale)}`}
                  {p.dusun ? ` · ${p.dusun}` : ""}
                </span>
                {attendeeIds.has(p.id) ? (
                  <span className="text-sm text-slate-700">{t("already")}</span>
                ) : (
                  <AddAttendeeForm sessionId={session.id} personId={p.id} label={t("addLabel", { name: p.name })} strings={{ add: t("add"), adding: t("adding") }} />
                )}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
