import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { KeysetPager } from "@/components/admin/keyset-pager";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { auditQueryParams, auditQuerySchema } from "@/lib/audit/audit-query";
import { AUDIT_EXPORT_LIMIT } from "@/lib/audit/export-audit";
import { listAudit } from "@/lib/audit/list-audit";
import { requirePermission } from "@/lib/auth/session";
import { formatNumber } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("audit:read");
  const raw = await searchParams;
  const query = auditQuerySchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const { rows, nextCursor } = await listAudit(actor, query);
  const locale = toLocale(await getLocale());
  const t = await getTranslations("audit");
  const ta = await getTranslations("admin.pager");
  const params = auditQueryParams(query);
  const exportHref = `/audit/export${params.size ? `?${params}` : ""}`;

  return (
    <>
      <PageHeader
        title={t("title")}
        description={actor.role === "ADMIN" ? t("descriptionAll") : t("descriptionRegion")}
        actions={
          // A plain link: the browser downloads the file (Content-Disposition), no JavaScript needed.
          <a href={exportHref} className={buttonClass("secondary")} aria-describedby="export-hint">
            {t("export.link")}
          </a>
        }
      />
      <p id="export-hint" className="-mt-4 mb-6 text-xs text-slate-600">
        {t("export.hint", { max: formatNumber(AUDIT_EXPORT_LIMIT, locale) })}
      </p>
      <AuditFilters query={query} />
      {rows.length === 0 ? <EmptyState text={t("empty")} /> : <AuditTable rows={rows} locale={locale} />}
      <KeysetPager
        basePath="/audit"
        params={params}
        nextCursor={nextCursor}
        onLaterPage={!!query.cursor}
        strings={{ label: ta("label"), first: ta("first"), next: ta("next") }}
      />
    </>
  );
}
