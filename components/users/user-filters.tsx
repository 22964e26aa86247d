import { getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/admin/filter-form";
import { SelectField, TextField } from "@/components/ui/field";
import { ROLES } from "@/lib/authz/roles";
import type { ListUsersQuery } from "@/lib/users/schemas";

export async function UserFilters({ query, villages }: { query: ListUsersQuery; villages: { value: string; label: string }[] }) {
  const t = await getTranslations("admin.users.filters");
  const tc = await getTranslations("common");
  return (
    <FilterForm action="/admin/users" label={t("label")} strings={{ submit: tc("search"), reset: tc("reset") }}>
      <TextField label={t("q")} name="q" type="search" defaultValue={query.q ?? ""} maxLength={100} />
      <SelectField
        label={t("role")}
        name="role"
        defaultValue={query.role ?? ""}
        options={[{ value: "", label: t("allRoles") }, ...ROLES.map((r) => ({ value: r, label: tc(`roles.${r}`) }))]}
      />
      <SelectField label={t("village")} name="village" defaultValue={query.village ?? ""} options={[{ value: "", label: t("allVillages") }, ...villages]} />
      <SelectField
        label={t("sort")}
        name="sort"
        defaultValue={query.sort}
        options={[
          { value: "name", label: t("sortName") },
          { value: "created", label: t("sortCreated") },
        ]}
      />
    </FilterForm>
  );
}
