import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { SubjectExport } from "@/lib/privacy/build-subject-export";
import { valueLabels } from "./value-labels";

const section = "flex flex-col gap-3 break-inside-avoid-page";
const card = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm print:border-slate-400 print:shadow-none";

function Fields({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(10rem,auto)_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-slate-600">{label}</dt>
          <dd className="mb-1 break-words sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Everything held on one person, as a document the village prints and hands over (UU 27/2022).
 * Every value in clear: it is the person's own data. Plain markup, readable on paper.
 */
export async function SubjectExportView({ data, locale }: { data: SubjectExport; locale: Locale }) {
  const t = await getTranslations("privacy.export");
  const tc = await getTranslations("common");
  const tconsent = await getTranslations("privacy.consent");
  const tp = await getTranslations("placements");
  const label = await valueLabels();
  const f = (k: string) => t(`fields.${k}`);
  const or = (v: string | null | undefined) => (v && String(v).trim() ? v : t("empty"));
  const day = (d: Date | null | undefined) => (d ? formatDate(d, locale) : t("empty"));
  const moment = (d: Date | null | undefined) => (d ? formatDateTime(d, locale) : t("empty"));
  const requirementLabel = (code: string) => (tp.has(`requirements.${code}.label`) ? tp(`requirements.${code}.label`) : code);
  const actionLabel = (action: string) => (t.has(`actions.${action}`) ? t(`actions.${action}`) : action);
  const tm = await getTranslations("privacy.merge.fields");
  const changes = (e: SubjectExport["auditTrail"][number]) => {
    const after = e.after && typeof e.after === "object" && !Array.isArray(e.after) ? (e.after as Record<string, unknown>) : {};
    // An export changes nothing: its entry says which form it took.
    if (e.action === "person.subject-export" && typeof after.format === "string") return t.has(`formats.${after.format}`) ? t(`formats.${after.format}`) : after.format;
    // A merge: which fields came from the record that was deleted.
    if (e.action === "person.merge" && Array.isArray(after.takenFromDuplicate)) {
      const taken = after.takenFromDuplicate.filter((f): f is string => typeof f === "string").map((f) => (tm.has(f) ? tm(f) : f));
      return taken.length ? t("mergedFields", { fields: taken.join(", ") }) : t("empty");
    }
    return e.changedFields.length ? e.changedFields.map(fieldLabel).join(", ") : t("empty");
  };
  const fieldLabel = (name: string) => (t.has(`fields.${name}`) ? t(`fields.${name}`) : name);
  const roleLabel = (role: string | null) => (role && tc.has(`roles.${role}`) ? tc(`roles.${role}`) : (role ?? ""));
  const { person } = data;

  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="sec-person" className={section}>
        <h2 id="sec-person">{t("sections.person")}</h2>
        <div className={card}>
          <Fields
            rows={[
              [f("nik"), <span key="nik" className="font-mono">{person.nik}</span>],
              [f("name"), person.name],
              [f("sex"), label("sex", person.sex)],
              [f("birthPlace"), person.birthPlace],
              [f("birthDate"), day(person.birthDate)],
              [f("address"), or(person.address)],
              [f("dusun"), or(person.dusun)],
              [f("rtRw"), person.rt || person.rw ? `${person.rt ?? "-"}/${person.rw ?? "-"}` : t("empty")],
              [f("phone"), or(person.phone)],
              [f("education"), or(label("education", person.education))],
              [f("maritalStatus"), or(label("maritalStatus", person.maritalStatus))],
              [f("relationToHead"), or(label("relation", person.relationToHead))],
              [f("passportNumber"), person.passportNumber ? <span key="pp" className="font-mono">{person.passportNumber}</span> : t("empty")],
              [f("healthNotes"), <span key="hn" className="whitespace-pre-line">{or(person.healthNotes)}</span>],
              [f("village"), `${data.village.name} (${data.village.code})`],
              [f("createdAt"), moment(person.createdAt)],
              [f("updatedAt"), moment(person.updatedAt)],
            ]}
          />
        </div>
      </section>

      <section aria-labelledby="sec-household" className={section}>
        <h2 id="sec-household">{t("sections.household")}</h2>
        {data.household ? (
          <div className={card}>
            <Fields
              rows={[
                [f("kkNumber"), <span key="kk" className="font-mono">{data.household.kkNumber}</span>],
                [f("address"), or([data.household.address, data.household.dusun, data.household.rt || data.household.rw ? `RT ${data.household.rt ?? "-"}/RW ${data.household.rw ?? "-"}` : null].filter(Boolean).join(", "))],
                [
                  f("members"),
                  <ul key="m" className="flex flex-col">
                    {data.household.members.map((m, i) => (
                      <li key={`${m.name}-${i}`}>
                        {m.name}: {or(label("relation", m.relationToHead))} {m.isSubject ? f("you") : null}
                      </li>
                    ))}
                  </ul>,
                ],
              ]}
            />
          </div>
        ) : (
          <p className="text-sm">{t("none")}</p>
        )}
      </section>

      <section aria-labelledby="sec-placements" className="flex flex-col gap-3">
        <h2 id="sec-placements">{t("sections.placements")}</h2>
        {data.placements.length === 0 ? <p className="text-sm">{t("none")}</p> : null}
        {data.placements.map((p, i) => {
          const country = locale === "en" ? p.country.nameEn : p.country.nameId;
          const job = locale === "en" ? p.job.nameEn : p.job.nameId;
          return (
            <article key={p.id} aria-labelledby={`pl-${p.id}`} className={`${card} flex flex-col gap-3`}>
              <h3 id={`pl-${p.id}`} className="font-semibold">
                {t("placementHeading", { n: i + 1, country })}
              </h3>
              <Fields
                rows={[
                  [f("status"), label("placementStatus", p.status)],
                  [f("job"), p.job.zeroCost ? `${job} (${f("zeroCost")})` : job],
                  [f("employer"), or(p.employer)],
                  [f("recruiter"), or(p.recruiterName)],
                  [f("agent"), or([p.agentName, p.agentPhone].filter(Boolean).join(", "))],
                  [f("sip2mi"), or(p.sip2miNumber)],
                  [f("channel"), label("channel", p.channel)],
                  [f("contract"), p.contractStart || p.contractEnd ? `${day(p.contractStart)} – ${day(p.contractEnd)}` : t("empty")],
                  [f("departure"), day(p.departureDate)],
                  [f("return"), day(p.returnDate)],
                  [f("contactAbroad"), or([p.contactAbroadName, p.contactAbroadPhone].filter(Boolean).join(", "))],
                ]}
              />
              <ScrollTable label={t("checklistLabel", { n: i + 1 })}>
                <thead className={thead}>
                  <tr>
                    <th scope="col" className={th}>{f("requirement")}</th>
                    <th scope="col" className={th}>{f("requirementStatus")}</th>
                    <th scope="col" className={th}>{f("requirementDate")}</th>
                    <th scope="col" className={th}>{f("verifiedBy")}</th>
                    <th scope="col" className={th}>{f("note")}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.requirements.map((r) => (
                    <tr key={r.code} className={tr}>
                      <td className={td} data-label={f("requirement")}>{requirementLabel(r.code)}</td>
                      <td className={td} data-label={f("requirementStatus")}>{label("requirementStatus", r.status)}</td>
                      <td className={td} data-label={f("requirementDate")}>{day(r.date)}</td>
                      <td className={td} data-label={f("verifiedBy")}>{or(r.verifiedByName)}</td>
                      <td className={`${td} break-words`} data-label={f("note")}>{or(r.note)}</td>
                    </tr>
                  ))}
                </tbody>
              </ScrollTable>
            </article>
          );
        })}
      </section>

      <section aria-labelledby="sec-checkins" className={section}>
        <h2 id="sec-checkins">{t("sections.checkIns")}</h2>
        {data.checkIns.length === 0 ? (
          <p className="text-sm">{t("none")}</p>
        ) : (
          <ScrollTable label={t("checkInsLabel")}>
            <thead className={thead}>
              <tr>
                <th scope="col" className={th}>{f("contactedAt")}</th>
                <th scope="col" className={th}>{f("method")}</th>
                <th scope="col" className={th}>{f("wellbeing")}</th>
                <th scope="col" className={th}>{f("note")}</th>
                <th scope="col" className={th}>{f("recordedBy")}</th>
              </tr>
            </thead>
            <tbody>
              {data.checkIns.map((c) => (
                <tr key={c.id} className={tr}>
                  <td className={td} data-label={f("contactedAt")}>{moment(c.contactedAt)}</td>
                  <td className={td} data-label={f("method")}>{label("contactMethod", c.method)}</td>
                  <td className={td} data-label={f("wellbeing")}>{label("wellbeing", c.wellbeing)}</td>
                  <td className={`${td} break-words`} data-label={f("note")}>{or(c.note)}</td>
                  <td className={td} data-label={f("recordedBy")}>{or(c.recordedByName)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        )}
      </section>

      <section aria-labelledby="sec-consents" className={section}>
        <h2 id="sec-consents">{t("sections.consents")}</h2>
        {data.consents.length === 0 ? (
          <p className="text-sm">{t("none")}</p>
        ) : (
          <ScrollTable label={t("consentsLabel")}>
            <thead className={thead}>
              <tr>
                <th scope="col" className={th}>{f("scopes")}</th>
                <th scope="col" className={th}>{f("givenOn")}</th>
                <th scope="col" className={th}>{f("withdrawnOn")}</th>
                <th scope="col" className={th}>{f("takenBy")}</th>
                <th scope="col" className={th}>{f("note")}</th>
              </tr>
            </thead>
            <tbody>
              {data.consents.map((c) => (
                <tr key={c.id} className={tr}>
                  <td className={td} data-label={f("scopes")}>
                    {c.scopes.map((s) => (tconsent.has(`scopes.${s}`) ? tconsent(`scopes.${s}`) : s)).join(", ")}
                  </td>
                  <td className={td} data-label={f("givenOn")}>{day(c.givenOn)}</td>
                  <td className={td} data-label={f("withdrawnOn")}>{day(c.withdrawnOn)}</td>
                  <td className={td} data-label={f("takenBy")}>{or(c.takenByName)}</td>
                  <td className={`${td} break-words`} data-label={f("note")}>{or(c.note)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        )}
      </section>

      <section aria-labelledby="sec-transfers" className={section}>
        <h2 id="sec-transfers">{t("sections.transfers")}</h2>
        {data.transferRequests.length === 0 ? (
          <p className="text-sm">{t("none")}</p>
        ) : (
          <ScrollTable label={t("transfersLabel")}>
            <thead className={thead}>
              <tr>
                <th scope="col" className={th}>{f("from")}</th>
                <th scope="col" className={th}>{f("to")}</th>
                <th scope="col" className={th}>{f("status")}</th>
                <th scope="col" className={th}>{f("reason")}</th>
                <th scope="col" className={th}>{f("requestedAt")}</th>
                <th scope="col" className={th}>{f("decidedAt")}</th>
              </tr>
            </thead>
            <tbody>
              {data.transferRequests.map((r) => (
                <tr key={r.id} className={tr}>
                  <td className={td} data-label={f("from")}>{r.fromVillageCode}</td>
                  <td className={td} data-label={f("to")}>{r.toVillageCode}</td>
                  <td className={td} data-label={f("status")}>{label("transferStatus", r.status)}</td>
                  <td className={`${td} break-words`} data-label={f("reason")}>{r.reason}</td>
                  <td className={td} data-label={f("requestedAt")}>{moment(r.createdAt)}</td>
                  <td className={td} data-label={f("decidedAt")}>{moment(r.decidedAt)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        )}
      </section>

      {data.mergedRecordIds.length ? (
        <section aria-labelledby="sec-merged" className={section}>
          <h2 id="sec-merged">{t("sections.merged")}</h2>
          <ul className="list-disc pl-5 font-mono text-xs">
            {data.mergedRecordIds.map((id) => (
              <li key={id}>{id}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="sec-audit" className="flex flex-col gap-3">
        <h2 id="sec-audit">{t("sections.audit")}</h2>
        <ScrollTable label={t("auditLabel")}>
          <thead className={thead}>
            <tr>
              <th scope="col" className={th}>{f("at")}</th>
              <th scope="col" className={th}>{f("actor")}</th>
              <th scope="col" className={th}>{f("action")}</th>
              <th scope="col" className={th}>{f("changed")}</th>
            </tr>
          </thead>
          <tbody>
            {data.auditTrail.map((e) => (
              <tr key={e.id} className={`${tr} break-inside-avoid`}>
                <td className={`${td} whitespace-nowrap`} data-label={f("at")}>{formatDateTime(e.at, locale)}</td>
                <td className={`${td} break-all`} data-label={f("actor")}>
                  {e.actorEmail ? `${e.actorEmail} (${roleLabel(e.actorRole)})` : t("system")}
                </td>
                <td className={td} data-label={f("action")}>{actionLabel(e.action)}</td>
                <td className={td} data-label={f("changed")}>{changes(e)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </section>
    </div>
  );
}
