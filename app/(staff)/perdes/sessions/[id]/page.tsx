import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBanner } from "@/components/admin/status-banner";
import { DeleteSessionForm, RemoveAttendeeForm } from "@/components/perdes/attendee-forms";
import { AttendeeSearch } from "@/components/perdes/attendee-search";
import { UpdateSessionForm } from "@/components/perdes/session-form";
import { sessionFormStrings, sessionTopicOptions } from "@/components/perdes/session-strings";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can, NotFoundError } from "@/lib/authz";
import { formatDate } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { toDateInput, todayWib } from "@/lib/placements/dates";
import { getSession } from "@/lib/perdes/sessions/get-session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("perdes.sessions.page");
  return { title: t("metaTitle") };
}

const section = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6";
const DONE = ["created", "saved", "attendeeAdded", "attendeeRemoved"] as const;
type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One session: its details, who attended; organizers and officials of the village edit here. Outside the actor's scope: 404. */
export default async function SessionPage({ params, searchParams }: Props) {
  const actor = await requirePermission("session:read");
  const { id } = await params;
  const session = await getSession(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const sp = await searchParams;
  const locale = toLocale(await getLocale());
  const t = await getTranslations("perdes.sessions");
  const canWrite = can(actor.role, "session:write");
  const [formStrings, topics] = canWrite ? await Promise.all([sessionFormStrings(), sessionTopicOptions()]) : [null, null];
  const rows: [string, string][] = [
    [t("page.village"), session.villageName],
    [t("page.heldOn"), formatDate(session.heldOn, locale)],
    [t("page.topic"), t(`topic.${session.topic}`)],
    [t("page.place"), session.place ?? t("page.none")],
    [t("page.facilitator"), session.facilitator ?? t("page.none")],
    [t("page.otherAttendees"), String(session.otherAttendees)],
    [t("page.notes"), session.notes ?? t("page.none")],
  ];

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/perdes/sessions?village=${session.villageCode}`}>{t("page.backToList")}</Link>
      </p>
      <PageHeader title={session.title} description={`${t(`topic.${session.topic}`)} · ${formatDate(session.heldOn, locale)}`} />
      {typeof sp.done === "string" && (DONE as readonly string[]).includes(sp.done) ? <StatusBanner text={t(`done.${sp.done}`)} /> : null}

      <div className="flex flex-col gap-6">
        <section aria-labelledby="details-title" className={section}>
          <h2 id="details-title" className="mb-3">{t("page.details")}</h2>
          <dl className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[10rem_1fr]">
            {rows.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-semibold">{label}</dt>
                <dd className="whitespace-pre-line [overflow-wrap:anywhere]">{value}</dd>
              </div>
            ))}
          </dl>
          {formStrings && topics ? (
            <div className="mt-4 flex flex-col gap-2">
              <UpdateSessionForm
                session={{
                  id: session.id, version: session.version, heldOn: toDateInput(session.heldOn), topic: session.topic, title: session.title,
                  place: session.place ?? "", facilitator: session.facilitator ?? "", otherAttendees: String(session.otherAttendees), notes: session.notes ?? "",
                }}
                topics={topics}
                today={toDateInput(todayWib())}
                strings={formStrings}
              />
              <DeleteSessionForm id={session.id} version={session.version} strings={{ summary: t("page.deleteSummary"), confirm: t("page.deleteConfirm"), submit: t("page.delete"), pending: t("page.deleting") }} />
            </div>
          ) : (
            <p className="mt-4 text-sm text-slate-700">{t("page.readOnly")}</p>
          )}
        </section>

        <section id="attendance" aria-labelledby="attendance-title" className={section}>
          <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="attendance-title">{t("page.attendance")}</h2>
            <Link href={`/perdes/sessions/${session.id}/print`}>{t("page.print")}</Link>
          </div>
          <p className="mb-3 text-sm text-slate-700">{t("page.attendanceIntro", { named: session.attendees.length, other: session.otherAttendees })}</p>
          {session.attendees.length === 0 ? (
            <p className="mb-4 text-slate-700">{t("page.noAttendees")}</p>
          ) : (
            <ol className="mb-4 flex flex-col gap-2" aria-label={t("page.attendance")}>
              {session.attendees.map((p) => (
                <li key={p.id} className="flex flex-col gap-2 rounded-md border border-slate-200 p-2 sm:flex-row sm:items-start sm:justify-between">
                  <span className="pt-2">
                    <Link href={`/registry/people/${p.id}`}>{p.name}</Link>
                    {p.dusun ? ` · ${p.dusun}` : ""}
                  </span>
                  {canWrite ? (
                    <RemoveAttendeeForm
                      sessionId={session.id}
                      personId={p.id}
                      strings={{ summary: t("attendee.removeSummary", { name: p.name }), confirm: t("attendee.removeConfirm", { name: p.name }), remove: t("attendee.remove"), removing: t("attendee.removing") }}
                    />
                  ) : null}
                </li>
              ))}
            </ol>
          )}
          {canWrite ? (
            <AttendeeSearch
              actor={actor}
              session={{ id: session.id, villageCode: session.villageCode }}
              query={typeof sp.q === "string" ? sp.q : undefined}
              attendeeIds={new Set(session.attendees.map((a) => a.id))}
            />
          ) : null}
        </section>
      </div>
    </>
  );
}
