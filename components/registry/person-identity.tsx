import { getTranslations } from "next-intl/server";
import { can, type Actor } from "@/lib/authz";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { PersonDetail } from "@/lib/registry/get-person";
import { RevealFieldForm } from "./reveal-field-form";
import { revealStrings } from "./registry-strings";

/** The identity card of the person page: masked fields come with a reveal button where the role may reveal. */
export async function PersonIdentity({ person, actor, locale }: { person: PersonDetail; actor: Actor; locale: Locale }) {
  const t = await getTranslations("registry");
  const reveal = await revealStrings();
  const mayRevealIds = person.identifiersMasked && can(actor.role, "person:reveal-identifiers");
  const place = [person.address, person.dusun, person.rt || person.rw ? t("table.rtRw", { rt: person.rt ?? "-", rw: person.rw ?? "-" }) : null, person.villageName]
    .filter(Boolean)
    .join(", ");
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid grid-cols-1 gap-x-4 py-1 sm:grid-cols-[12rem_1fr]">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="text-sm [overflow-wrap:anywhere]">{value}</dd>
    </div>
  );
  return (
    <dl className="divide-y divide-slate-100">
      {row(
        t("fields.nik"),
        mayRevealIds ? <RevealFieldForm personId={person.id} field="nik" masked={person.nik} label={t("fields.nik")} strings={reveal} /> : <span className="font-mono">{person.nik}</span>,
      )}
      {row(t("fields.sex"), t(`sexes.${person.sex}`))}
      {row(t("person.born"), t("person.bornValue", { place: person.birthPlace, date: formatDate(person.birthDate, locale) }))}
      {row(t("person.addressLine"), place)}
      {row(t("fields.phone"), person.phone ?? t("person.none"))}
      {row(t("fields.education"), person.education ? t(`educations.${person.education}`) : t("person.none"))}
      {row(t("fields.maritalStatus"), person.maritalStatus ? t(`maritalStatuses.${person.maritalStatus}`) : t("person.none"))}
      {row(
        t("fields.passportNumber"),
        !person.passportNumber ? (
          t("person.none")
        ) : mayRevealIds ? (
          <RevealFieldForm personId={person.id} field="passport" masked={person.passportNumber} label={t("fields.passportNumber")} strings={reveal} />
        ) : (
          <span className="font-mono">{person.passportNumber}</span>
        ),
      )}
      {row(
        t("fields.healthNotes"),
        !person.hasHealthNotes ? (
          t("person.none")
        ) : can(actor.role, "person:reveal-health") ? (
          <RevealFieldForm personId={person.id} field="health" masked={t("reveal.healthHidden")} label={t("fields.healthNotes")} strings={reveal} />
        ) : (
          <span className="text-slate-600 italic">{t("reveal.healthHidden")}</span>
        ),
      )}
      {row(
        t("fields.household"),
        person.household ? (
          <a href={`/registry/households/${person.household.id}`}>{t("person.householdLink", { kk: person.household.kkNumber })}</a>
        ) : (
          t("person.noHousehold")
        ),
      )}
      {person.relationToHead ? row(t("fields.relationToHead"), t(`relations.${person.relationToHead}`)) : null}
    </dl>
  );
}
