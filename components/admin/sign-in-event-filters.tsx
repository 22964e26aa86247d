import { getTranslations } from "next-intl/server";
import { SelectField, TextField } from "@/components/ui/field";
import { SIGN_IN_OUTCOMES, type SignInEventsQuery } from "@/lib/auth/list-sign-in-events";
import { FilterForm } from "./filter-form";

export async function SignInEventFilters({ query }: { query: SignInEventsQuery }) {
  const t = await getTranslations("admin.signInEvents");
  const tc = await getTranslations("common");
  return (
    <FilterForm action="/admin/sign-in-events" label={t("filters.label")} strings={{ submit: tc("filter"), reset: tc("reset") }}>
      <TextField label={t("filters.email")} name="email" type="search" defaultValue={query.email ?? ""} maxLength={254} />
      <SelectField
        label={t("filters.outcome")}
        name="outcome"
        defaultValue={query.outcome ?? ""}
        options={[{ value: "", label: t("filters.allOutcomes") }, ...SIGN_IN_OUTCOMES.map((o) => ({ value: o, label: t(`outcomes.${o}`) }))]}
      />
      <TextField label={t("filters.from")} name="from" type="date" defaultValue={query.from ?? ""} hint={t("filters.datesHint")} />
      <TextField label={t("filters.to")} name="to" type="date" defaultValue={query.to ?? ""} />
    </FilterForm>
  );
}
