import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBanner } from "@/components/admin/status-banner";
import { GroupExtraSections } from "@/components/groups/group-extra-sections";
import { GroupProfileSection } from "@/components/groups/group-profile-section";
import type { GroupSectionProps } from "@/components/groups/group-sections";
import { GroupMembersSection } from "@/components/groups/members-section";
import { GroupTrainingsSection } from "@/components/groups/trainings-section";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can, NotFoundError } from "@/lib/authz";
import { getGroup } from "@/lib/empowerment/groups/get-group";
import { toLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("groups.group");
  return { title: t("metaTitle") };
}

const DONE = ["created", "saved", "membersAdded", "memberLeft", "roleChanged", "trainingRecorded"] as const;
type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One business group: profile, members, trainings, then the other empowerment sections. Outside the actor's scope: 404. */
export default async function GroupPage({ params, searchParams }: Props) {
  const actor = await requirePermission("group:read");
  const { id } = await params;
  const group = await getGroup(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const sp = await searchParams;
  const locale = toLocale(await getLocale());
  const t = await getTranslations("groups");
  const props: GroupSectionProps = { actor, group, locale, canWrite: can(actor.role, "group:write"), searchParams: sp };
  const kind = locale === "en" ? group.kindNameEn : group.kindNameId;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/groups">{t("group.backToList")}</Link>
      </p>
      <PageHeader
        title={group.name}
        description={`${kind} · ${group.villageName} · ${t(`group.statuses.${group.status}`)}`}
        actions={<Link href={`/groups/${group.id}/profile`} className={buttonClass("secondary")}>{t("group.profileLink")}</Link>}
      />
      {typeof sp.done === "string" && (DONE as readonly string[]).includes(sp.done) ? <StatusBanner text={t(`group.done.${sp.done}`)} /> : null}
      <div className="flex flex-col gap-6">
        <GroupProfileSection {...props} />
        <GroupMembersSection {...props} query={typeof sp.q === "string" ? sp.q : undefined} />
        <GroupTrainingsSection {...props} />
        <GroupExtraSections {...props} />
      </div>
    </>
  );
}
