import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PersonForm } from "@/components/registry/person-form";
import { personFormStrings, registryOptions, transferRequestStrings } from "@/components/registry/registry-strings";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/authz";
import { getHousehold } from "@/lib/registry/get-household";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("registry.create");
  return { title: t("title") };
}

const EMPTY = { nik: "", name: "", sex: "", birthPlace: "", birthDate: "", address: "", dusun: "", rt: "", rw: "", phone: "", education: "", maritalStatus: "", passportNumber: "", relationToHead: "" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A new person; `?household=<id>` adds them to that household (its address is the default). */
export default async function NewPersonPage({ searchParams }: Props) {
  const actor = await requirePermission("person:write");
  const householdId = (await searchParams).household;
  const household =
    typeof householdId === "string"
      ? await getHousehold(actor, householdId).catch((error: unknown) => {
          if (error instanceof NotFoundError) notFound();
          throw error;
        })
      : null;
  const t = await getTranslations("registry");
  const values = household ? { ...EMPTY, address: household.address ?? "", dusun: household.dusun ?? "", rt: household.rt ?? "", rw: household.rw ?? "" } : EMPTY;

  return (
    <>
      <p className="mb-2 text-sm">
        {household ? <Link href={`/registry/households/${household.id}`}>{t("household.back")}</Link> : <Link href="/registry">{t("backToList")}</Link>}
      </p>
      <PageHeader title={t("create.title")} description={t("create.description")} />
      <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <PersonForm
          mode="create"
          values={values}
          household={household ? { id: household.id, kkNumber: household.kkNumber } : null}
          options={await registryOptions()}
          strings={{ ...(await personFormStrings()), submit: t("create.submit"), pending: t("create.pending") }}
          transfer={await transferRequestStrings()}
        />
      </section>
    </>
  );
}
