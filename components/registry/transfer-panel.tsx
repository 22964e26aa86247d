import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { TransferRequests } from "@/lib/registry/list-transfer-requests";
import { DecideTransferForm } from "./decide-transfer-form";

/** Transfer requests on the people list: incoming ones to decide, and the village's own, by status. */
export async function TransferPanel({ requests, locale }: { requests: TransferRequests; locale: Locale }) {
  const { incoming, outgoing, canDecide } = requests;
  if (incoming.length === 0 && outgoing.length === 0) return null;
  const t = await getTranslations("registry.transfer");
  const strings = { confirm: t("decide.confirm"), approve: t("decide.approve"), reject: t("decide.reject"), pending: t("decide.pending") };
  return (
    <section aria-labelledby="transfers-title" className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="transfers-title">{t("title")}</h2>
      {incoming.length ? (
        <>
          <h3 className="mt-3 text-base font-semibold">{t("incoming", { count: incoming.length })}</h3>
          <ul className="mt-2 flex flex-col gap-4">
            {incoming.map((r) => (
              <li key={r.id} className="rounded-md border border-slate-200 p-3 text-sm">
                <p>
                  {t.rich("incomingLine", {
                    person: () => <a href={`/registry/people/${r.person.id}`} className="underline">{r.person.name}</a>,
                    village: r.toVillageName,
                    date: formatDateTime(r.createdAt, locale),
                  })}
                </p>
                <p className="mt-1 text-slate-700">{t("reasonLine", { reason: r.reason })}</p>
                <div className="mt-2">{canDecide ? <DecideTransferForm id={r.id} strings={strings} /> : <p className="text-slate-600">{t("officialDecides")}</p>}</div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {outgoing.length ? (
        <>
          <h3 className="mt-4 text-base font-semibold">{t("outgoing")}</h3>
          <ul className="mt-2 flex flex-col gap-2 text-sm">
            {outgoing.map((r) => (
              <li key={r.id}>
                {t("outgoingLine", { nik: r.nik, date: formatDateTime(r.createdAt, locale), status: t(`statuses.${r.status}`) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
