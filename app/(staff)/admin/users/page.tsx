import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { KeysetPager } from "@/components/admin/keyset-pager";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { UserFilters } from "@/components/users/user-filters";
import { villageOptions } from "@/components/users/user-options";
import { UserTable } from "@/components/users/user-table";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { toLocale } from "@/lib/i18n/locales";
import { listRegionOptions } from "@/lib/users/list-region-options";
import { listUsers } from "@/lib/users/list-users";
import { listVillages } from "@/lib/users/list-villages";
import { listUsersQuerySchema } from "@/lib/users/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.users");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("user:read");
  const raw = await searchParams;
  const query = listUsersQuerySchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const [{ rows, total, nextCursor }, villages, regions] = await Promise.all([listUsers(actor, query), listVillages(actor), listRegionOptions(actor)]);
  const locale = toLocale(await getLocale());
  const t = await getTranslations("admin");

  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.role) params.set("role", query.role);
  if (query.village) params.set("village", query.village);
  if (query.sort !== "name") params.set("sort", query.sort);

  return (
    <>
      <PageHeader
        title={t("users.title")}
        description={t("users.description")}
        actions={
          can(actor.role, "user:create") ? (
            <Link href="/admin/users/new" className={buttonClass()}>
              {t("users.add")}
            </Link>
          ) : null
        }
      />
      <UserFilters query={query} villages={await villageOptions(villages)} />
      {rows.length === 0 ? (
        <EmptyState text={t("users.empty")} />
      ) : (
        <UserTable rows={rows} locale={locale} regionNames={new Map(regions.map((r) => [r.code, r.name]))} />
      )}
      <KeysetPager
        basePath="/admin/users"
        params={params}
        nextCursor={nextCursor}
        onLaterPage={!!query.cursor}
        summary={t("pager.count", { total })}
        strings={{ label: t("pager.label"), first: t("pager.first"), next: t("pager.next") }}
      />
    </>
  );
}
