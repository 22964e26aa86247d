import { getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/admin/filter-form";
import { SelectField, TextField } from "@/components/ui/field";
import { CASE_CATEGORIES } from "@/lib/cases/categories";
import type { CaseFilterOptions } from "@/lib/cases/lists/list-case-options";
import { CASE_SORTS, type ListCasesQuery } from "@/lib/cases/lists/list-cases-query";
import { CASE_STATUSES } from "@/lib/cases/workflow";

/**
 * Search and filters of the case list: a GET form, so it works without JavaScript and can be
 * bookmarked. Statuses are checkboxes (several at once); none ticked means the open ones.
 */
export async function CaseFilters({
  query,
  options,
  offerMe,
  action = "/cases",
}: {
  query: ListCasesQuery;
  options: CaseFilterOptions;
  /** Offer "me" as a handler (BP3MI staff, who are the ones cases are assigned to). */
  offerMe: boolean;
  action?: string;
}) {
  const t = await getTranslations("caseLists.filters");
  const tc = await getTranslations("cases");
  const tcommon = await getTranslations("common");
  const all = (label: string) => ({ value: "", label });
  const ticked = query.status ?? CASE_STATUSES;
  return (
    <FilterForm action={action} label={t("label")} strings={{ submit: tcommon("search"), reset: tcommon("reset") }}>
      <div className="sm:col-span-2">
        <TextField label={t("q")} name="q" type="search" defaultValue={query.q ?? ""} maxLength={100} hint={t("qHint")} />
      </div>
      <SelectField
        label={t("category")}
        name="category"
        defaultValue={query.category ?? ""}
        options={[all(t("allCategories")), ...CASE_CATEGORIES.map((c) => ({ value: c, label: tc(`category.${c}`) }))]}
      />
      <SelectField label={t("country")} name="country" defaultValue={query.country ?? ""} options={[all(t("allCountries")), ...options.countries]} />
      {options.villages ? (
        <SelectField label={t("village")} name="village" defaultValue={query.village ?? ""} options={[all(t("allVillages")), ...options.villages]} />
      ) : null}
      <SelectField
        label={t("handler")}
        name="handler"
        defaultValue={query.handler ?? ""}
        options={[all(t("anyHandler")), ...(offerMe ? [{ value: "me", label: t("me") }] : []), { value: "unassigned", label: t("unassigned") }, ...options.handlers]}
      />
      <SelectField label={t("sort")} name="sort" defaultValue={query.sort} options={CASE_SORTS.map((s) => ({ value: s, label: t(`sorts.${s}`) }))} />
      <label className="flex min-h-11 items-center gap-3 self-end text-sm font-medium text-slate-800">
        <input type="checkbox" name="overdue" value="1" defaultChecked={query.overdue === "1"} className="size-5 shrink-0 accent-brand-700" />
        {t("overdue")}
      </label>
      <fieldset className="sm:col-span-2 lg:col-span-4" aria-describedby="status-hint">
        <legend className="mb-1 text-sm font-medium text-slate-800">{t("status")}</legend>
        <p id="status-hint" className="mb-2 text-xs text-slate-600">
          {t("statusHint")}
        </p>
        <div className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-3">
          {CASE_STATUSES.map((s) => (
            <label key={s} className="flex min-h-11 items-center gap-3 text-base text-slate-900">
              <input type="checkbox" name="status" value={s} defaultChecked={ticked.includes(s)} className="size-5 shrink-0 accent-brand-700" />
              {tc(`status.${s}`)}
            </label>
          ))}
        </div>
      </fieldset>
    </FilterForm>
  );
}
