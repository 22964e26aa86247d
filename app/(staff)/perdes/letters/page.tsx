import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { KeysetPager } from "@/components/admin/keyset-pager";
import { LetterTable } from "@/components/perdes/letters/letter-table";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { toLocale } from "@/lib/i18n/locales";
import { listVillageLetters } from "@/lib/perdes/letters/list-village-letters";
import { LETTER_FILTERS, type LetterFilter } from "@/lib/perdes/letters/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("verification.letters.list");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The letters of the actor's villages (BP3MI staff: their region's), newest first. */
export default async function VillageLettersPage({ searchParams }: Props) {
  const actor = await requirePermission("letter:read");
  const query = await searchParams;
  const status = (LETTER_FILTERS as readonly unknown[]).includes(query.status) ? (query.status as LetterFilter) : undefined;
  const cursor = typeof query.cursor === "string" ? query.cursor.slice(0, 500) : undefined;
  const locale = toLocale(await getLocale());
  const t = await getTranslations("verification.letters.list");
  const list = await listVillageLetters(actor, { status, cursor });
  const params = new URLSearchParams(status ? { status } : {});
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <form method="get" aria-label={t("filterLabel")} className="mb-4 flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="letter-status" className="text-sm font-medium text-slate-800">{t("filterLabel")}</label>
          <select id="letter-status" name="status" defaultValue={status ?? ""} className="rounded-md border border-slate-400 bg-white px-3 py-2 text-base">
            <option value="">{t("all")}</option>
            <option value="valid">{t("valid")}</option>
            <option value="revoked">{t("revoked")}</option>
          </select>
        </div>
        <Button type="submit" variant="secondary">{t("apply")}</Button>
      </form>
      {list.rows.length === 0 ? <EmptyState text={t("empty")} /> : <LetterTable rows={list.rows} locale={locale} showVillage={actor.role === "BP3MI_STAFF"} />}
      <KeysetPager basePath="/perdes/letters" params={params} nextCursor={list.nextCursor} onLaterPage={!!cursor} strings={{ label: t("pagerLabel"), first: t("first"), next: t("next") }} />
    </>
  );
}
