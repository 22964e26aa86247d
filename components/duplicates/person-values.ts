import type { ValueLabel } from "@/components/privacy/value-labels";
import type { MergeablePerson, MergeField } from "@/lib/duplicates/merge-fields";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { maskNik, maskPassport } from "@/lib/registry/mask";

export type ShownPerson = MergeablePerson & { household?: { kkNumber: string } | null };

export type ValueOptions = {
  locale: Locale;
  /** person:read-identifiers: NIK and passport in clear; otherwise masked. */
  clearIdentifiers: boolean;
  label: ValueLabel;
  strings: { empty: string; hidden: string };
};

/** One merge field of a person as text for the compare and confirmation pages. */
export function fieldValue(p: ShownPerson, field: MergeField, o: ValueOptions): string {
  const or = (s: string | null | undefined) => (s && s.trim() ? s : o.strings.empty);
  switch (field) {
    case "name":
      return p.name;
    case "nik":
      return o.clearIdentifiers ? p.nik : maskNik(p.nik);
    case "sex":
      return o.label("sex", p.sex);
    case "birthPlace":
      return or(p.birthPlace);
    case "birthDate":
      return formatDate(p.birthDate, o.locale);
    case "address": {
      const rtRw = [p.rt ? `RT ${p.rt}` : null, p.rw ? `RW ${p.rw}` : null].filter(Boolean).join("/");
      return or([p.address, p.dusun, rtRw].filter((s) => s && s.trim()).join(", "));
    }
    case "phone":
      return or(p.phone);
    case "education":
      return or(o.label("education", p.education));
    case "maritalStatus":
      return or(o.label("maritalStatus", p.maritalStatus));
    case "household":
      if (!p.householdId) return o.strings.empty;
      return [p.household?.kkNumber ? `KK ${p.household.kkNumber}` : "KK", o.label("relation", p.relationToHead)].filter(Boolean).join(": ");
    case "passportNumber":
      return p.passportNumber ? (o.clearIdentifiers ? p.passportNumber : maskPassport(p.passportNumber)) : o.strings.empty;
    case "healthNotes":
      // Specific personal data: never shown here; only whether there is any.
      return p.healthNotes ? o.strings.hidden : o.strings.empty;
  }
}
