import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBanner } from "@/components/admin/status-banner";
import { PersonHistory } from "@/components/registry/person-history";
import { PersonIdentity } from "@/components/registry/person-identity";
import { PersonPlacements } from "@/components/registry/person-placements";
import { PersonTimeline } from "@/components/registry/person-timeline";
import { TransferPanel } from "@/components/registry/transfer-panel";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can, NotFoundError } from "@/lib/authz";
import { toLocale } from "@/lib/i18n/locales";
import { getPerson } from "@/lib/registry/get-person";
import { listCountries } from "@/lib/registry/list-countries";
import { listPersonHistory, PERSON_HISTORY_MAX } from "@/lib/registry/list-person-history";
import { listPersonRecords } from "@/lib/registry/list-person-records";
import { listTransferRequests } from "@/lib/registry/list-transfer-requests";
import { buildTimeline } from "@/lib/registry/timeline";
import { listPersonCases } from "@/lib/cases/list-person-cases";
import { listPersonGroups } from "@/lib/empowerment/groups/list-person-groups";
import { PersonGroups } from "@/components/groups/person-groups";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("registry.person");
  return { title: t("title") };
}

const section = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6";
const DONE = ["created", "saved"] as const;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PersonPage({ params, searchParams }: Props) {
  const actor = await requirePermission("person:read");
  const { id } = await params;
  const person = await getPerson(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const locale = toLocale(await getLocale());
  const query = await searchParams;
  // The page opens with the latest events; "show all" (full=1) lists the rest.
  const full = query.full === "1";
  // Scoped again inside each function.
  const [records, history, countries, transfers, cases, groups] = await Promise.all([
    listPersonRecords(actor, person.id),
    listPersonHistory(actor, person.id, full ? { limit: PERSON_HISTORY_MAX } : {}),
    listCountries(actor, locale),
    listTransferRequests(actor, { personId: person.id }),
    listPersonCases(actor, person.id),
    listPersonGroups(actor, person.id),
  ]);
  const t = await getTranslations("registry");
  const timeline = buildTimeline({ ...records, cases });
  const done = query.done;
  const writes = can(actor.role, "person:write");
  const reportsCases = can(actor.role, "case:report");
  const tCases = await getTranslations("cases");
  const tGroups = await getTranslations("groups");

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/registry">{t("backToList")}</Link>
      </p>
      <PageHeader
        title={person.name}
        description={person.currentStatus ? t(`status.${person.currentStatus}`) : t("status.none")}
        actions={
          writes || reportsCases ? (
            <>
              {reportsCases ? <Link href={`/cases/new?personId=${person.id}`} className={buttonClass("secondary")}>{tCases("personCases.report")}</Link> : null}
              {writes ? <Link href={`/registry/people/${person.id}/edit`} className={buttonClass("secondary")}>{t("edit.link")}</Link> : null}
            </>
          ) : null
        }
      />
      {typeof done === "string" && (DONE as readonly string[]).includes(done) ? <StatusBanner text={t(`person.done.${done}`)} /> : null}
      <TransferPanel requests={transfers} locale={locale} />

      <div className="flex flex-col gap-6">
        <section aria-labelledby="identity-title" className={section}>
          <h2 id="identity-title" className="mb-2">{t("person.identity")}</h2>
          <PersonIdentity person={person} actor={actor} locale={locale} />
          <PrivacyLinks personId={person.id} role={actor.role} />
        </section>

        {person.household ? (
          <section aria-labelledby="household-title" className={section}>
            <h2 id="household-title" className="mb-2">{t("person.household", { kk: person.household.kkNumber })}</h2>
            <ul className="flex flex-col gap-1 text-sm">
              {person.household.members.map((m) => (
                <li key={m.id}>
                  {m.id === person.id ? <strong>{m.name}</strong> : <a href={`/registry/people/${m.id}`} className="underline">{m.name}</a>}
                  {m.relationToHead ? <span className="text-slate-600"> · {t(`relations.${m.relationToHead}`)}</span> : null}
                </li>
              ))}
            </ul>
            <p className="mt-2 text-sm">
              <a href={`/registry/households/${person.household.id}`}>{t("person.openHousehold")}</a>
            </p>
          </section>
        ) : null}

        <section aria-labelledby="placements-title" className={section}>
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <h2 id="placements-title">{t("placements.title")}</h2>
            {can(actor.role, "placement:write") ? (
              <Link href={`/registry/people/${person.id}/placements/new`} className={buttonClass()}>{t("placements.add")}</Link>
            ) : null}
          </div>
          <PersonPlacements placements={records.placements} locale={locale} />
        </section>

        {can(actor.role, "group:read") ? (
          <section aria-labelledby="groups-title" className={section}>
            <h2 id="groups-title" className="mb-3">{tGroups("person.title")}</h2>
            <PersonGroups groups={groups} locale={locale} />
          </section>
        ) : null}

        <section aria-labelledby="timeline-title" className={section}>
          <h2 id="timeline-title" className="mb-3">{t("timeline.title")}</h2>
          <PersonTimeline events={full ? timeline : timeline.slice(0, PERSON_TIMELINE_FIRST)} countryNames={new Map(countries.map((c) => [c.code, c.name]))} locale={locale} />
          {!full && timeline.length > PERSON_TIMELINE_FIRST ? <ShowAll href={`/registry/people/${person.id}?full=1#timeline-title`} label={t("timeline.showAll")} /> : null}
        </section>

        <section aria-labelledby="history-title" className={section}>
          <h2 id="history-title" className="mb-1">{t("history.title")}</h2>
          <p className="mb-3 text-sm text-slate-600">{t("history.intro")}</p>
          <PersonHistory entries={history.entries} locale={locale} />
          {history.more && !full ? <ShowAll href={`/registry/people/${person.id}?full=1#history-title`} label={t("history.showAll")} /> : null}
        </section>
      </div>
    </>
  );
}

/** Events the page shows before "show all". */
const PERSON_TIMELINE_FIRST = 10;

function ShowAll({ href, label }: { href: string; label: string }) {
  return (
    <p className="mt-3 text-sm">
      <a href={href} className="underline">{label}</a>
    </p>
  );
}

async function PrivacyLinks({ personId, role }: { personId: string; role: Parameters<typeof can>[0] }) {
  const t = await getTranslations("registry.person");
  const links = [
    can(role, "consent:write") ? { href: `/registry/people/${personId}/consent/new`, label: t("recordConsent") } : null,
    can(role, "person:subject-export") ? { href: `/registry/people/${personId}/subject-export`, label: t("subjectExport") } : null,
  ].filter((l): l is { href: string; label: string } => l !== null);
  if (!links.length) return null;
  return (
    <p className="mt-4 flex flex-wrap gap-2">
      {links.map((l) => (
        <Link key={l.href} href={l.href} className={buttonClass("secondary")}>{l.label}</Link>
      ))}
    </p>
  );
}
