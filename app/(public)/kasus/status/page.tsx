import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { FAMILY_COOKIE, readAccessToken } from "@/lib/cases/family-view/access-token";
import { getFamilyView } from "@/lib/cases/family-view/get-family-view";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("caseFamily");
  return { title: t("statusTitle"), robots: { index: false } };
}

/**
 * The family's view of their case, for the holder of the signed access cookie: the code,
 * the status in plain words, two dates and the entries staff marked as shareable. Nothing
 * else about the case (no worker data, handler, internal notes or attachments).
 */
export default async function FamilyCaseStatusPage() {
  const token = (await cookies()).get(FAMILY_COOKIE)?.value;
  const caseId = readAccessToken(env().AUTH_SECRET, token);
  if (!caseId) redirect(token ? "/kasus?expired=1" : "/kasus");
  const view = await getFamilyView(caseId);
  if (!view) redirect("/kasus");

  const t = await getTranslations("caseFamily");
  const tc = await getTranslations("cases");
  const locale = toLocale(await getLocale());
  const day = (d: Date) => formatDate(d, locale, { wib: true });
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl leading-tight">{t("statusTitle")}</h1>
      <section aria-labelledby="case-status-title" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="case-status-title" className="font-mono text-base tracking-wider">{t("caseCode", { code: view.trackingCode })}</h2>
        <p className="mt-2 text-sm text-slate-700">{t("statusNow")}</p>
        <p className="text-lg font-semibold" data-testid="case-status">{tc(`status.${view.status}`)}</p>
        <p className="mt-1 text-base text-slate-800">{t(`statusHelp.${view.status}`)}</p>
        <p className="mt-2 text-sm text-slate-700">{t("dates", { reported: day(view.reportedAt), updated: day(view.updatedAt) })}</p>
      </section>
      <section aria-labelledby="case-timeline-title" className="flex flex-col gap-2">
        <h2 id="case-timeline-title" className="text-lg">{t("timelineTitle")}</h2>
        {view.timeline.length === 0 ? (
          <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-base text-slate-700">{t("timelineEmpty")}</p>
        ) : (
          <ol className="flex flex-col gap-2">
            {view.timeline.map((e) => (
              <li key={e.id} className="rounded-md border border-slate-200 bg-white p-3 text-base">
                <p className="text-sm font-semibold text-slate-700">
                  <time dateTime={e.at.toISOString()}>{day(e.at)}</time>
                </p>
                {e.kind === "STATUS" && e.toStatus ? <p className="font-medium">{t("statusChanged", { status: tc(`status.${e.toStatus}`) })}</p> : null}
                {e.text ? <p className="whitespace-pre-line [overflow-wrap:anywhere]">{e.text}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
      <p className="text-sm text-slate-700">{t("help")}</p>
      <form method="post" action="/kasus/keluar" className="flex flex-col gap-2 border-t border-slate-200 pt-4">
        <p className="text-sm text-slate-700">{t("signOutHint")}</p>
        <div>
          <Button type="submit" variant="secondary">{t("signOut")}</Button>
        </div>
      </form>
    </div>
  );
}
