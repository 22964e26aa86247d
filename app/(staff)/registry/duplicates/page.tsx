import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { KeysetPager } from "@/components/admin/keyset-pager";
import { StatusBanner } from "@/components/admin/status-banner";
import { DuplicateTable } from "@/components/duplicates/duplicate-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { DUPLICATE_REASONS, listDuplicates } from "@/lib/duplicates/list-duplicates";
import { listDuplicatesQuerySchema } from "@/lib/duplicates/schemas";
import { toLocale } from "@/lib/i18n/locales";
import { UUID } from "@/lib/users/uuid";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy.duplicates");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function DuplicatesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("person:merge");
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const query = listDuplicatesQuerySchema.parse({ cursor: first(raw.cursor) });
  const { pairs, total, nextCursor } = await listDuplicates(actor, query);
  const locale = toLocale(await getLocale());
  const t = await getTranslations("privacy.duplicates");
  const kept = first(raw.kept);

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {first(raw.done) === "merged" ? (
        <div className="mb-4">
          <StatusBanner text={t("done.merged")} />
          {kept && UUID.test(kept) ? (
            <p className="-mt-2 text-sm">
              <Link href={`/registry/people/${kept}`}>{t("done.openKept")}</Link>
            </p>
          ) : null}
        </div>
      ) : null}
      {pairs.length === 0 ? (
        <EmptyState text={t("empty")} />
      ) : (
        <DuplicateTable
          pairs={pairs}
          locale={locale}
          clearIdentifiers={can(actor.role, "person:read-identifiers")}
          strings={{
            label: t("table.label"),
            first: t("table.first"),
            second: t("table.second"),
            reasons: t("table.reasons"),
            actions: t("table.actions"),
            compare: t("table.compare"),
            compareLabel: (a, b) => t("table.compareLabel", { first: a, second: b }),
            nik: t("person.nik"),
            born: t("person.born"),
            household: t("person.household"),
            noHousehold: t("person.noHousehold"),
            reason: Object.fromEntries(DUPLICATE_REASONS.map((r) => [r, t(`reasons.${r}`)])),
          }}
        />
      )}
      <KeysetPager
        basePath="/registry/duplicates"
        params={new URLSearchParams()}
        nextCursor={nextCursor}
        onLaterPage={!!query.cursor}
        summary={total === null ? undefined : t("count", { total })}
        strings={{ label: t("pager.label"), first: t("pager.first"), next: t("pager.next") }}
      />
      <p className="mt-4 text-sm text-slate-600">{t("notDuplicateHint")}</p>
    </>
  );
}
