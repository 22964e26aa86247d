import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/admin/filter-form";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import { StatusBanner } from "@/components/admin/status-banner";
import { VillagePicker } from "@/components/perdes/village-picker";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { formatDate } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { todayWib } from "@/lib/placements/dates";
import { choosePerdesVillage } from "@/lib/perdes/perdes-village";
import { listSessions, SESSION_LIST_LIMIT } from "@/lib/perdes/sessions/list-sessions";
import { formatQuarter, parseQuarter, recentQuarters } from "@/lib/perdes/sessions/quarter";
import { parseListSessionsQuery, SESSION_TOPICS } from "@/lib/perdes/sessions/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("perdes.sessions.list");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A village's prevention sessions, newest first, filtered by quarter and topic, with the number per quarter. */
export default async function SessionsPage({ searchParams }: Props) {
  const actor = await requirePermission("session:read");
  const sp = await searchParams;
  const query = parseListSessionsQuery(sp);
  const choice = await choosePerdesVillage(actor, query.village);
  const list = choice.villageCode ? await listSessions(actor, { villageCode: choice.villageCode, quarter: query.quarter, topic: query.topic }) : null;
  const locale = toLocale(await getLocale());
  const t = await getTranslations("perdes.sessions");
  const quarterLabel = (q: string) => {
    const p = parseQuarter(q)!;
    return t("list.quarterLabel", { q: p.q, year: p.year });
  };
  const withVillage = (params: Record<string, string>) => {
    const p = new URLSearchParams(params);
    if (choice.villages && choice.villageCode) p.set("village", choice.villageCode);
    return `/perdes/sessions?${p.toString()}`;
  };
  const quarters = [...new Set([...recentQuarters(todayWib(), 8).map(formatQuarter), ...(list?.quarterCounts.map((c) => c.quarter) ?? [])])].sort().reverse();
  const filtered = !!(query.quarter || query.topic);

  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={choice.villageName ? `${choice.villageName} · ${t("list.description")}` : t("list.description")}
        actions={can(actor.role, "session:write") ? <Link href="/perdes/sessions/new" className={buttonClass()}>{t("list.record")}</Link> : null}
      />
      {sp.done === "deleted" ? <StatusBanner text={t("done.deleted")} /> : null}
      {choice.villages ? (
        <VillagePicker action="/perdes/sessions" villages={choice.villages} current={choice.villageCode} keep={{ quarter: query.quarter, topic: query.topic }} strings={{ village: t("list.village"), chooseVillage: t("list.chooseVillage"), show: t("list.show") }} />
      ) : null}
      {!list ? (
        <EmptyState text={t("list.chooseVillagePrompt")} />
      ) : (
        <>
          <FilterForm action="/perdes/sessions" label={t("list.filterLabel")} strings={{ submit: (await getTranslations("common"))("filter"), reset: (await getTranslations("common"))("reset") }}>
            {choice.villages && choice.villageCode ? <input type="hidden" name="village" value={choice.villageCode} /> : null}
            <SelectField name="quarter" label={t("list.quarter")} defaultValue={query.quarter ?? ""} options={[{ value: "", label: t("list.anyQuarter") }, ...quarters.map((q) => ({ value: q, label: `${quarterLabel(q)} (${q})` }))]} />
            <SelectField name="topic" label={t("list.topic")} defaultValue={query.topic ?? ""} options={[{ value: "", label: t("list.anyTopic") }, ...SESSION_TOPICS.map((s) => ({ value: s, label: t(`topic.${s}`) }))]} />
          </FilterForm>

          {list.quarterCounts.length > 0 ? (
            <section aria-labelledby="per-quarter-title" className="mb-6">
              <h2 id="per-quarter-title" className="mb-2 text-lg">{t("list.perQuarter")}</h2>
              <ul className="flex flex-wrap gap-2" aria-label={t("list.perQuarterCaption")}>
                {list.quarterCounts.map((c) => (
                  <li key={c.quarter}>
                    <Link
                      href={withVillage({ quarter: c.quarter, ...(query.topic ? { topic: query.topic } : {}) })}
                      aria-current={query.quarter === c.quarter ? "true" : undefined}
                      className={`inline-flex min-h-11 items-center gap-2 rounded-md border px-3 text-sm no-underline ${query.quarter === c.quarter ? "border-brand-700 bg-brand-50 font-semibold" : "border-slate-300 bg-white"}`}
                      data-quarter={c.quarter}
                    >
                      {quarterLabel(c.quarter)}: <span className="font-semibold">{c.count}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          {list.rows.length === 0 ? (
            <EmptyState text={filtered ? t("list.emptyFiltered") : t("list.empty")} />
          ) : (
            <ScrollTable label={t("list.caption")}>
              <thead className={thead}>
                <tr>
                  <th scope="col" className={th}>{t("list.heldOn")}</th>
                  <th scope="col" className={th}>{t("list.topic")}</th>
                  <th scope="col" className={th}>{t("list.titleColumn")}</th>
                  <th scope="col" className={th}>{t("list.place")}</th>
                  <th scope="col" className={th}>{t("list.attendees")}</th>
                </tr>
              </thead>
              <tbody>
                {list.rows.map((r) => (
                  <tr key={r.id} className={tr}>
                    <td data-label={t("list.heldOn")} className={td}>{formatDate(r.heldOn, locale)}</td>
                    <td data-label={t("list.topic")} className={td}>{t(`topic.${r.topic}`)}</td>
                    <td data-label={t("list.titleColumn")} className={td}><Link href={`/perdes/sessions/${r.id}`}>{r.title}</Link></td>
                    <td data-label={t("list.place")} className={td}>{r.place ?? "—"}</td>
                    <td data-label={t("list.attendees")} className={td}>{t("list.attendeesValue", { named: r.namedAttendees, other: r.otherAttendees })}</td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          )}
          {list.truncated ? <p className="mt-3 text-sm text-slate-700">{t("list.truncated", { max: SESSION_LIST_LIMIT })}</p> : null}
        </>
      )}
    </>
  );
}
