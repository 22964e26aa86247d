import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { SessionDetail } from "@/lib/perdes/sessions/get-session";

/** Rows left blank for people not in the registry: as many as were counted, at least a few, at most two pages. */
export function blankRowCount(otherAttendees: number): number {
  return Math.min(40, Math.max(5, otherAttendees));
}

function addressOf(p: { dusun: string | null; rt: string | null; rw: string | null }): string {
  const rtRw = p.rt || p.rw ? `RT ${p.rt ?? "-"}/RW ${p.rw ?? "-"}` : "";
  return [p.dusun, rtRw].filter(Boolean).join(", ");
}

/**
 * The daftar hadir of a session to print and sign: the session, one row per registered
 * attendee with a signature column, blank rows for the others, and the official's sign-off.
 */
export async function AttendanceSheet({ session, locale }: { session: SessionDetail; locale: Locale }) {
  const t = await getTranslations("perdes.sessions");
  // A stored calendar date is UTC midnight of that day: its UTC weekday is the day's.
  const weekday = t(`sheet.weekday.${session.heldOn.getUTCDay()}`);
  const rows: [string, string][] = [
    [t("sheet.village"), session.villageName],
    [t("sheet.heldOn"), `${weekday}, ${formatDate(session.heldOn, locale)}`],
    [t("sheet.topic"), `${t(`topic.${session.topic}`)}: ${session.title}`],
    [t("sheet.place"), session.place ?? "—"],
    [t("sheet.facilitator"), session.facilitator ?? "—"],
  ];
  const blanks = blankRowCount(session.otherAttendees);
  const cell = "border border-slate-700 px-2 py-2 align-top";
  return (
    <div className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6 text-slate-900 shadow-sm print:border-0 print:p-0 print:text-[11pt] print:shadow-none">
      <h1 className="text-center text-xl font-bold tracking-wide">{t("sheet.heading")}</h1>
      <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-1">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="[overflow-wrap:anywhere]">{value}</dd>
          </div>
        ))}
      </dl>
      <table className="w-full border-collapse text-left text-sm print:text-[10pt]">
        <caption className="sr-only">{t("sheet.heading")}</caption>
        <thead>
          <tr>
            <th scope="col" className={`${cell} w-10`}>{t("sheet.no")}</th>
            <th scope="col" className={cell}>{t("sheet.name")}</th>
            <th scope="col" className={`${cell} w-12`}>{t("sheet.sex")}</th>
            <th scope="col" className={cell}>{t("sheet.address")}</th>
            <th scope="col" className={`${cell} w-40`}>{t("sheet.signature")}</th>
          </tr>
        </thead>
        <tbody>
          {session.attendees.map((p, i) => (
            <tr key={p.id} className="break-inside-avoid">
              <td className={cell}>{i + 1}</td>
              <td className={`${cell} [overflow-wrap:anywhere]`}>{p.name}</td>
              <td className={cell}>{p.sex === "MALE" ? t("sheet.male") : t("sheet.female")}</td>
              <td className={`${cell} [overflow-wrap:anywhere]`}>{addressOf(p)}</td>
              <td className={`${cell} h-10`} />
            </tr>
          ))}
          {Array.from({ length: blanks }, (_, i) => (
            <tr key={`blank-${i}`} className="break-inside-avoid" data-blank-row>
              <td className={cell}>{session.attendees.length + i + 1}</td>
              <td className={`${cell} h-10`} />
              <td className={cell} />
              <td className={cell} />
              <td className={cell} />
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-xs text-slate-700 print:hidden">{t("sheet.blankRows")}</p>
      <div className="ml-auto flex w-64 break-inside-avoid flex-col">
        <span>{t("sheet.signedBy")}</span>
        <span>{t("sheet.signer", { village: session.villageName })}</span>
        <span aria-hidden="true" className="mt-16 border-b border-slate-900" />
      </div>
    </div>
  );
}
