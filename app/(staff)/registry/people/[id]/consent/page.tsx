import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StatusBanner } from "@/components/admin/status-banner";
import { ConsentSection } from "@/components/privacy/consent-list";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/authz";
import { getPrivacyPerson } from "@/lib/privacy/get-privacy-person";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy.consent");
  return { title: t("listLabel") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const DONE = ["recorded", "withdrawn"] as const;

export default async function ConsentPage({ params, searchParams }: Props) {
  const actor = await requirePermission("person:read");
  const { id } = await params;
  const person = await getPrivacyPerson(actor, id, "person:read").catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("privacy.consent");
  const done = (await searchParams).done;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/registry/people/${person.id}`}>{t("backToPerson")}</Link>
      </p>
      <PageHeader title={t("title", { name: person.name })} description={t("intro")} />
      {typeof done === "string" && (DONE as readonly string[]).includes(done) ? <StatusBanner text={t(`done.${done}`)} /> : null}
      <ConsentSection actor={actor} personId={person.id} />
    </>
  );
}
