import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import type { Actor } from "@/lib/authz";
import { can } from "@/lib/authz";
import { formatDate } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { getLocale } from "next-intl/server";
import { listPeople } from "@/lib/registry/list-people";
import { parseListPeopleQuery } from "@/lib/registry/list-people-query";

const PICK = 8;

/** Finds the worker in the village registry with a plain GET search (no JavaScript needed). */
export async function PersonPicker({ actor, query, chosen, keep }: {
  actor: Actor;
  query: string | undefined;
  chosen: { id: string; name: string } | null;
  keep: { reportId?: string; category?: string };
}) {
  const t = await getTranslations("cases.new");
  const locale = toLocale(await getLocale());
  const params = (extra: Record<string, string>) => {
    const p = new URLSearchParams();
    if (keep.reportId) p.set("reportId", keep.reportId);
    if (keep.category) p.set("category", keep.category);
    for (const [k, v] of Object.entries(extra)) p.set(k, v);
    const s = p.toString();
    return s ? `/cases/new?${s}` : "/cases/new";
  };
  if (chosen) {
    return (
      <p className="flex flex-wrap items-baseline gap-3 text-base">
        <span className="font-semibold">{t("chosen", { name: chosen.name })}</span>
        <Link href={params({})}>{t("changePerson")}</Link>
      </p>
    );
  }
  const q = query?.trim().slice(0, 100);
  const found = q && can(actor.role, "person:read") ? await listPeople(actor, parseListPeopleQuery({ q }), PICK) : null;
  return (
    <section aria-labelledby="find-person-title" className="flex flex-col gap-3">
      <h2 id="find-person-title" className="text-lg">{t("findPerson")}</h2>
      <form method="get" action="/cases/new" className="flex flex-col gap-2 sm:flex-row sm:items-end">
        {keep.reportId ? <input type="hidden" name="reportId" value={keep.reportId} /> : null}
        {keep.category ? <input type="hidden" name="category" value={keep.category} /> : null}
        <div className="flex grow flex-col gap-1">
          <label htmlFor="find-person-q" className="text-sm font-medium text-slate-800">{t("findPerson")}</label>
          <input id="find-person-q" name="q" type="search" defaultValue={q ?? ""} maxLength={100} aria-describedby="find-person-hint" className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base" />
          <p id="find-person-hint" className="text-xs text-slate-600">{t("findPersonHint")}</p>
        </div>
        <Button type="submit" variant="secondary">{t("search")}</Button>
      </form>
      {found ? (
        found.rows.length === 0 ? (
          <p role="status">{t("noMatch")}</p>
        ) : (
          <ul className="flex flex-col gap-2" aria-label={t("findPerson")}>
            {found.rows.map((p) => (
              <li key={p.id} className="flex flex-wrap items-baseline justify-between gap-2 rounded-md border border-slate-200 p-2">
                <span>{p.name} · {formatDate(p.birthDate, locale)}{p.dusun ? ` · ${p.dusun}` : ""}</span>
                <Link href={params({ personId: p.id })} aria-label={`${t("choose")}: ${p.name}`}>{t("choose")}</Link>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}
