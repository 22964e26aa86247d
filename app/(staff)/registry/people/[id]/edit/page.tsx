import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PersonForm } from "@/components/registry/person-form";
import { personFormStrings, registryOptions, transferRequestStrings } from "@/components/registry/registry-strings";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/authz";
import { getPerson } from "@/lib/registry/get-person";
import { toDayString } from "@/lib/registry/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("registry.edit");
  return { title: t("title") };
}

export default async function EditPersonPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("person:write");
  const person = await getPerson(actor, (await params).id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  // Editing needs the identifiers in clear; every role that may edit may see them.
  if (person.identifiersMasked) notFound();
  const t = await getTranslations("registry");
  const s = (v: string | null) => v ?? "";

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/registry/people/${person.id}`}>{t("edit.back", { name: person.name })}</Link>
      </p>
      <PageHeader title={t("edit.title")} description={person.name} />
      <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <PersonForm
          mode="edit"
          record={{ id: person.id, version: person.version, hasHealthNotes: person.hasHealthNotes }}
          values={{
            nik: person.nik,
            name: person.name,
            sex: person.sex,
            birthPlace: person.birthPlace,
            birthDate: toDayString(person.birthDate),
            address: s(person.address),
            dusun: s(person.dusun),
            rt: s(person.rt),
            rw: s(person.rw),
            phone: s(person.phone),
            education: s(person.education),
            maritalStatus: s(person.maritalStatus),
            passportNumber: s(person.passportNumber),
            relationToHead: s(person.relationToHead),
          }}
          household={person.household ? { id: person.household.id, kkNumber: person.household.kkNumber } : null}
          options={await registryOptions()}
          strings={{ ...(await personFormStrings()), submit: t("edit.submit"), pending: t("edit.pending") }}
          transfer={await transferRequestStrings()}
        />
      </section>
    </>
  );
}
