import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { can, type Actor } from "@/lib/authz";
import { formatDate } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { listConsents, type ConsentRow } from "@/lib/privacy/list-consents";

type Strings = {
  label: string;
  empty: string;
  given: (date: string) => string;
  takenBy: string;
  unknownTaker: string;
  note: string;
  active: string;
  withdrawn: (date: string) => string;
  withdraw: string;
  scope: (code: string) => string;
  date: (d: Date) => string;
};

/** A person's consents as cards: purposes, day given, who took it, note, in force or withdrawn (with a link to withdraw). */
export function ConsentList({ consents, personId, canWithdraw, strings: s }: { consents: ConsentRow[]; personId: string; canWithdraw: boolean; strings: Strings }) {
  if (consents.length === 0) return <EmptyState text={s.empty} />;
  return (
    <ul aria-label={s.label} className="flex flex-col gap-3">
      {consents.map((c) => (
        <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <ul className="flex flex-wrap gap-1">
              {c.scopes.map((scope) => (
                <li key={scope} className="rounded bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800 ring-1 ring-brand-100">
                  {s.scope(scope)}
                </li>
              ))}
            </ul>
            <span className={c.withdrawnOn ? "text-sm font-medium text-red-800" : "text-sm font-medium text-green-800"}>
              {c.withdrawnOn ? s.withdrawn(s.date(c.withdrawnOn)) : s.active}
            </span>
          </div>
          <p className="mt-2 text-sm text-slate-800">{s.given(s.date(c.givenOn))}</p>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="text-slate-600">{s.takenBy}</dt>
            <dd>{c.takenBy?.name ?? s.unknownTaker}</dd>
            {c.note ? (
              <>
                <dt className="text-slate-600">{s.note}</dt>
                <dd className="whitespace-pre-line break-words">{c.note}</dd>
              </>
            ) : null}
          </dl>
          {canWithdraw && !c.withdrawnOn ? (
            <p className="mt-2">
              <Link href={`/registry/people/${personId}/consent/${c.id}/withdraw`} className="inline-flex min-h-11 items-center text-sm font-semibold">
                {s.withdraw}
              </Link>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * The consent block of a person page (used by the people list's person page and by
 * /registry/people/[id]/consent): heading, list, and the "record consent" link for roles
 * with consent:write. The caller has already checked that the person is in the actor's scope.
 */
export async function ConsentSection({ actor, personId, headingLevel = 2 }: { actor: Actor; personId: string; headingLevel?: 2 | 3 }) {
  const [consents, t, locale] = await Promise.all([listConsents(actor, personId), getTranslations("privacy.consent"), getLocale()]);
  const loc = toLocale(locale);
  const canWrite = can(actor.role, "consent:write");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="consent-title" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Heading id="consent-title">{t("listLabel")}</Heading>
        {canWrite ? (
          <Link href={`/registry/people/${personId}/consent/new`} className={buttonClass("secondary")}>
            {t("add")}
          </Link>
        ) : null}
      </div>
      <ConsentList
        consents={consents}
        personId={personId}
        canWithdraw={canWrite}
        strings={{
          label: t("listLabel"),
          empty: t("empty"),
          given: (date) => t("given", { date }),
          takenBy: t("takenBy"),
          unknownTaker: t("unknownTaker"),
          note: t("note"),
          active: t("status.active"),
          withdrawn: (date) => t("status.withdrawn", { date }),
          withdraw: t("withdraw.title"),
          scope: (code) => (t.has(`scopes.${code}`) ? t(`scopes.${code}`) : code),
          date: (d) => formatDate(d, loc),
        }}
      />
    </section>
  );
}
