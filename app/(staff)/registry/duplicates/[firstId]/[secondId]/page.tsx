import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MergeCompareForm, type CompareRow } from "@/components/duplicates/merge-compare-form";
import { mergeView, proposedKeep } from "@/components/duplicates/merge-view";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/authz";
import { getDuplicatePair } from "@/lib/duplicates/get-duplicate-pair";
import { defaultSources, isFieldEqual } from "@/lib/duplicates/merge-fields";
import { mergeChoicesSchema } from "@/lib/duplicates/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy.merge");
  return { title: t("title") };
}

type Props = {
  params: Promise<{ firstId: string; secondId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ComparePage({ params, searchParams }: Props) {
  const actor = await requirePermission("person:merge");
  const { firstId, secondId } = await params;
  const { a, b } = await getDuplicatePair(actor, firstId, secondId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const view = await mergeView(actor);
  const { t } = view;

  // Back from the confirmation page ("change the choices"): start from what was chosen.
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const previous = mergeChoicesSchema.safeParse(raw);
  const keep = previous.success ? previous.data.keep : proposedKeep(a, b);
  const [kept, other] = keep === "a" ? [a, b] : [b, a];
  const proposed = defaultSources(kept, other);
  const otherSide = keep === "a" ? "b" : "a";

  const rows: CompareRow[] = view.fields.map((field) => ({
    field,
    label: view.fieldLabel(field),
    a: view.value(a, field),
    b: view.value(b, field),
    same: isFieldEqual(a, b, field),
    chosen: (previous.success ? previous.data[field] : undefined) ?? (proposed[field] === "kept" ? keep : otherSide),
  }));

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/registry/duplicates">{t("backToList")}</Link>
      </p>
      <PageHeader title={t("title")} description={t("intro")} />
      <MergeCompareForm
        action={`/registry/duplicates/${a.id}/${b.id}/confirm`}
        a={{ id: a.id, version: a.version, title: t("keepOption", { n: 1, name: a.name }), details: [view.registered(a), view.linkedCounts(a)] }}
        b={{ id: b.id, version: b.version, title: t("keepOption", { n: 2, name: b.name }), details: [view.registered(b), view.linkedCounts(b)] }}
        keep={keep}
        rows={rows}
        strings={{
          keepLegend: t("keepLegend"),
          tableLabel: t("tableLabel"),
          field: t("field"),
          recordA: t("record", { n: 1 }),
          recordB: t("record", { n: 2 }),
          chooseLabel: (field, n) => t("chooseLabel", { field, n }),
          next: t("next"),
        }}
      />
    </>
  );
}
