import { getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/admin/filter-form";
import { TextField } from "@/components/ui/field";
import type { AuditQuery } from "@/lib/audit/audit-query";

export async function AuditFilters({ query }: { query: AuditQuery }) {
  const t = await getTranslations("audit.filters");
  const tc = await getTranslations("common");
  return (
    <FilterForm action="/audit" label={t("label")} strings={{ submit: tc("filter"), reset: tc("reset") }}>
      <TextField label={t("action")} name="action" defaultValue={query.action ?? ""} maxLength={100} hint={t("actionHint")} />
      <TextField label={t("entity")} name="entity" defaultValue={query.entity ?? ""} maxLength={100} />
      <TextField label={t("entityId")} name="entityId" defaultValue={query.entityId ?? ""} maxLength={100} />
      <TextField label={t("actor")} name="actor" type="search" defaultValue={query.actor ?? ""} maxLength={254} />
      <TextField label={t("from")} name="from" type="date" defaultValue={query.from ?? ""} hint={t("datesHint")} />
      <TextField label={t("to")} name="to" type="date" defaultValue={query.to ?? ""} />
    </FilterForm>
  );
}
