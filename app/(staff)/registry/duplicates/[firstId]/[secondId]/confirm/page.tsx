import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import { MergeConfirmForm } from "@/components/duplicates/merge-confirm-form";
import { choicesQuery, mergeView } from "@/components/duplicates/merge-view";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/authz";
import { getDuplicatePair } from "@/lib/duplicates/get-duplicate-pair";
import { identityMixed, isFieldEqual, mergedPerson } from "@/lib/duplicates/merge-fields";
import { mergeChoicesSchema, takeFromDuplicate } from "@/lib/duplicates/schemas";
import { checkNik } from "@/lib/registry/nik";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy.merge.confirm");
  return { title: t("title") };
}

type Props = {
  params: Promise<{ firstId: string; secondId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const section = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6";

export default async function ConfirmMergePage({ params, searchParams }: Props) {
  const actor = await requirePermission("person:merge");
  const { firstId, secondId } = await params;
  const { a, b } = await getDuplicatePair(actor, firstId, secondId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const comparePath = `/registry/duplicates/${a.id}/${b.id}`;
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = mergeChoicesSchema.safeParse(raw);
  if (!parsed.success) redirect(comparePath);
  const choices = parsed.data;

  const view = await mergeView(actor);
  const t = await getTranslations("privacy.merge.confirm");
  const [kept, duplicate] = choices.keep === "a" ? [a, b] : [b, a];
  const keptN = choices.keep === "a" ? 1 : 2;
  const take = takeFromDuplicate(choices);
  const merged = { ...mergedPerson(kept, duplicate, take), household: take.includes("household") ? duplicate.household : kept.household };
  const stale = a.version !== choices.v1 || b.version !== choices.v2;
  const identityProblem = identityMixed(take) && !!checkNik(merged.nik, merged.birthDate, merged.sex);
  const changeHref = `${comparePath}?${choicesQuery(choices)}`;

  const hidden: Record<string, string> = {
    firstId: a.id,
    secondId: b.id,
    keep: choices.keep,
    firstVersion: String(choices.v1),
    secondVersion: String(choices.v2),
  };
  // Every field gets an explicit side: the one chosen, else the kept record's.
  for (const f of view.fields) hidden[f] = take.includes(f) ? (choices.keep === "a" ? "b" : "a") : choices.keep;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={changeHref}>{t("change")}</Link>
      </p>
      <PageHeader title={t("title")} description={t("intro")} />

      {stale ? (
        <div role="alert" className="mb-6 flex flex-col items-start gap-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
          <p>{t("stale")}</p>
          <Link href={comparePath} className={buttonClass("secondary")}>
            {t("compareAgain")}
          </Link>
        </div>
      ) : null}

      <div className="flex flex-col gap-6">
        <section aria-labelledby="result-title" className="flex flex-col gap-3">
          <h2 id="result-title">{t("result")}</h2>
          <ScrollTable label={t("resultLabel")}>
            <thead className={thead}>
              <tr>
                <th scope="col" className={th}>{view.t("field")}</th>
                <th scope="col" className={th}>{t("value")}</th>
                <th scope="col" className={th}>{t("source")}</th>
              </tr>
            </thead>
            <tbody>
              {view.fields.map((f) => {
                const fromN = take.includes(f) ? 3 - keptN : keptN;
                return (
                  <tr key={f} className={tr}>
                    <th scope="row" className={`${td} font-medium text-slate-800`}>
                      {view.fieldLabel(f)}
                    </th>
                    <td className={`${td} break-words`} data-label={t("value")}>
                      {view.value(merged, f)}
                    </td>
                    <td className={td} data-label={t("source")}>
                      {isFieldEqual(a, b, f) ? "—" : view.t("record", { n: fromN })}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </ScrollTable>
        </section>

        <section aria-labelledby="effect-title" className={section}>
          <h2 id="effect-title" className="sr-only">{t("title")}</h2>
          <ul className="mb-4 flex list-disc flex-col gap-1 pl-5 text-sm">
            <li>{t("removed", { name: `${view.t("record", { n: 3 - keptN })}, ${duplicate.name}` })}</li>
            <li>{t("moves", { counts: view.linkedCounts(duplicate) })}</li>
          </ul>
          {identityProblem ? (
            <p role="alert" className="mb-4 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
              {t("identityWarning")}
            </p>
          ) : null}
          {stale || identityProblem ? (
            <Link href={changeHref} className={buttonClass("secondary")}>
              {t("change")}
            </Link>
          ) : (
            <MergeConfirmForm hidden={hidden} strings={{ sure: t("sure"), submit: t("submit"), pending: t("pending") }} />
          )}
        </section>
      </div>
    </>
  );
}
