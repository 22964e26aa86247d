import { getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/admin/filter-form";
import { SelectField, TextField } from "@/components/ui/field";
import type { CountryOption } from "@/lib/registry/list-countries";
import { PEOPLE_SORTS, PLACEMENT_STATUSES, SECTORS, type ListPeopleQuery } from "@/lib/registry/list-people-query";

/** Search and filters of the people list: a GET form, so it works without JavaScript and can be bookmarked. */
export async function PersonFilters({ query, countries }: { query: ListPeopleQuery; countries: CountryOption[] }) {
  const t = await getTranslations("registry");
  const tc = await getTranslations("common");
  const all = (label: string) => ({ value: "", label });
  return (
    <FilterForm action="/registry" label={t("filters.label")} strings={{ submit: tc("search"), reset: tc("reset") }}>
      <div className="sm:col-span-2">
        <TextField label={t("filters.q")} name="q" type="search" defaultValue={query.q ?? ""} maxLength={100} hint={t("filters.qHint")} />
      </div>
      <SelectField
        label={t("filters.status")}
        name="status"
        defaultValue={query.status ?? ""}
        options={[all(t("filters.allStatuses")), ...PLACEMENT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
      />
      <SelectField
        label={t("filters.destination")}
        name="destination"
        defaultValue={query.destination ?? ""}
        options={[all(t("filters.allDestinations")), ...countries.map((c) => ({ value: c.code, label: c.name }))]}
      />
      <SelectField
        label={t("filters.sector")}
        name="sector"
        defaultValue={query.sector ?? ""}
        options={[all(t("filters.allSectors")), ...SECTORS.map((s) => ({ value: s, label: t(`sectors.${s}`) }))]}
      />
      <TextField label={t("filters.dusun")} name="dusun" defaultValue={query.dusun ?? ""} maxLength={60} />
      <TextField label={t("filters.recruiter")} name="recruiter" defaultValue={query.recruiter ?? ""} maxLength={100} />
      <SelectField
        label={t("filters.checklist")}
        name="checklist"
        defaultValue={query.checklist ?? ""}
        options={[all(t("filters.checklistAny")), { value: "yes", label: t("filters.checklistYes") }, { value: "no", label: t("filters.checklistNo") }]}
      />
      <SelectField
        label={t("filters.sort")}
        name="sort"
        defaultValue={query.sort}
        options={PEOPLE_SORTS.map((s) => ({ value: s, label: t(`filters.sorts.${s}`) }))}
        hint={t("filters.sortHint")}
      />
    </FilterForm>
  );
}
