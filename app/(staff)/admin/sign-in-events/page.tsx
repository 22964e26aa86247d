import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { KeysetPager } from "@/components/admin/keyset-pager";
import { SignInEventFilters } from "@/components/admin/sign-in-event-filters";
import { SignInEventTable } from "@/components/admin/sign-in-event-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listSignInEvents, signInEventsQuerySchema } from "@/lib/auth/list-sign-in-events";
import { requirePermission } from "@/lib/auth/session";
import { toLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.signInEvents");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInEventsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("signin-event:read");
  const raw = await searchParams;
  const query = signInEventsQuerySchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const { rows, nextCursor } = await listSignInEvents(actor, query);
  const locale = toLocale(await getLocale());
  const t = await getTranslations("admin");

  const params = new URLSearchParams();
  for (const key of ["email", "outcome", "from", "to"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }

  return (
    <>
      <PageHeader title={t("signInEvents.title")} description={t("signInEvents.description")} />
      <SignInEventFilters query={query} />
      {rows.length === 0 ? <EmptyState text={t("signInEvents.empty")} /> : <SignInEventTable rows={rows} locale={locale} />}
      <KeysetPager
        basePath="/admin/sign-in-events"
        params={params}
        nextCursor={nextCursor}
        onLaterPage={!!query.cursor}
        strings={{ label: t("pager.label"), first: t("pager.first"), next: t("pager.next") }}
      />
    </>
  );
}
