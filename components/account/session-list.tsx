import type { OwnSession } from "@/lib/account/list-own-sessions";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

export type SessionListStrings = {
  thisDevice: string;
  created: string;
  lastSeen: string;
  ip: string;
  userAgent: string;
  unknown: string;
  empty: string;
};

// A list of small cards rather than a table: a user agent string does not fit a 360 px row.
export function SessionList({ sessions, locale, strings }: { sessions: OwnSession[]; locale: Locale; strings: SessionListStrings }) {
  if (sessions.length === 0) return <p className="text-sm text-slate-600">{strings.empty}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {sessions.map((s) => (
        <li key={s.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
          {s.current ? (
            <p className="mb-2 inline-block rounded bg-brand-100 px-2 py-0.5 text-xs font-semibold text-brand-800">{strings.thisDevice}</p>
          ) : null}
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt className="text-slate-600">{strings.created}</dt>
            <dd>{formatDateTime(s.createdAt, locale)}</dd>
            <dt className="text-slate-600">{strings.lastSeen}</dt>
            <dd>{formatDateTime(s.lastSeenAt, locale)}</dd>
            <dt className="text-slate-600">{strings.ip}</dt>
            <dd className="break-all">{s.ip ?? strings.unknown}</dd>
            <dt className="text-slate-600">{strings.userAgent}</dt>
            <dd className="break-all text-slate-700">{s.userAgent ?? strings.unknown}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
