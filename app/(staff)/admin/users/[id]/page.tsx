import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBanner } from "@/components/admin/status-banner";
import { PageHeader } from "@/components/ui/page-header";
import { ResetUserPasswordForm } from "@/components/users/reset-user-password-form";
import { SetUserDisabledForm } from "@/components/users/set-user-disabled-form";
import { UserForm } from "@/components/users/user-form";
import { regionOptions, roleOptions, villageOptions } from "@/components/users/user-options";
import { UserStatusBadge } from "@/components/users/user-status-badge";
import { oneTimePasswordStrings, userFormStrings } from "@/components/users/user-strings";
import { requirePermission } from "@/lib/auth/session";
import { can, NotFoundError } from "@/lib/authz";
import { formatDateTime } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { getUser } from "@/lib/users/get-user";
import { listRegionOptions } from "@/lib/users/list-region-options";
import { listVillages } from "@/lib/users/list-villages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.users.edit");
  return { title: t("title") };
}

const section = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6";
const DONE = ["saved", "disabled", "enabled"] as const;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UserPage({ params, searchParams }: Props) {
  const actor = await requirePermission("user:read");
  const { id } = await params;
  const user = await getUser(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [villages, regions] = await Promise.all([listVillages(actor), listRegionOptions(actor)]);
  const done = (await searchParams).done;
  const locale = toLocale(await getLocale());
  const t = await getTranslations("admin.users");
  const isSelf = user.id === actor.id;
  // Inactive villages are offered only when the user is still placed in one.
  const villageChoices = villages.filter((v) => v.active || v.code === user.villageCode);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users">{t("backToList")}</Link>
      </p>
      <PageHeader title={user.name} description={user.email} />
      {typeof done === "string" && (DONE as readonly string[]).includes(done) ? <StatusBanner text={t(`done.${done}`)} /> : null}

      <div className="flex flex-col gap-6">
        <section aria-labelledby="summary-title" className={section}>
          <h2 id="summary-title" className="sr-only">{t("edit.status")}</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-600">{t("edit.status")}</dt>
            <dd className="flex flex-wrap gap-2">
              <UserStatusBadge disabled={!!user.disabledAt} label={user.disabledAt ? t("status.disabled") : t("status.active")} />
              {user.mustChangePassword ? <span className="text-xs text-amber-800">{t("status.mustChangePassword")}</span> : null}
            </dd>
            <dt className="text-slate-600">{t("edit.createdAt")}</dt>
            <dd>{formatDateTime(user.createdAt, locale)}</dd>
            <dt className="text-slate-600">{t("edit.lastSignIn")}</dt>
            <dd>{user.lastSignInAt ? formatDateTime(user.lastSignInAt, locale) : t("table.neverSignedIn")}</dd>
            <dt className="text-slate-600">{t("edit.openSessions")}</dt>
            <dd>{user.openSessions}</dd>
          </dl>
        </section>

        {can(actor.role, "user:update") ? (
          <section aria-labelledby="details-title" className={section}>
            <h2 id="details-title">{t("edit.details")}</h2>
            <p className="mt-1 mb-4 text-sm text-slate-600">{t("edit.sessionsNote")}</p>
            <UserForm
              mode="edit"
              user={{ id: user.id, email: user.email, name: user.name, role: user.role, villageCode: user.villageCode, regionCode: user.regionCode }}
              isSelf={isSelf}
              roles={await roleOptions()}
              villages={await villageOptions(villageChoices)}
              regions={regionOptions(regions)}
              strings={{ ...(await userFormStrings()), submit: t("edit.submit"), pending: t("edit.pending") }}
            />
          </section>
        ) : null}

        {can(actor.role, "user:reset-password") ? (
          <section aria-labelledby="reset-title" className={section}>
            <h2 id="reset-title">{t("resetPassword.title")}</h2>
            {isSelf ? (
              <p className="mt-1 text-sm text-slate-600">
                {t("resetPassword.self")} <Link href="/account">{t("resetPassword.selfLink")}</Link>
              </p>
            ) : (
              <>
                <p className="mt-1 mb-4 text-sm text-slate-600">{t("resetPassword.intro")}</p>
                <ResetUserPasswordForm
                  userId={user.id}
                  backHref={`/admin/users/${user.id}`}
                  strings={{ confirm: t("resetPassword.confirm"), submit: t("resetPassword.submit"), pending: t("resetPassword.pending"), backLabel: t("oneTimePassword.openUser") }}
                  notice={{ ...(await oneTimePasswordStrings()), intro: t("oneTimePassword.reset", { email: user.email }) }}
                />
              </>
            )}
          </section>
        ) : null}

        {can(actor.role, "user:disable") ? (
          <section aria-labelledby="disable-title" className={user.disabledAt ? section : `${section} border-red-200`}>
            <h2 id="disable-title">{user.disabledAt ? t("enable.title") : t("disable.title")}</h2>
            {isSelf ? (
              <p className="mt-1 text-sm text-slate-600">{t("disable.self")}</p>
            ) : (
              <>
                <p className="mt-1 mb-4 text-sm text-slate-600">
                  {user.disabledAt ? t("enable.intro", { date: formatDateTime(user.disabledAt, locale) }) : t("disable.intro")}
                </p>
                <SetUserDisabledForm
                  key={user.disabledAt ? "enable" : "disable"}
                  userId={user.id}
                  disable={!user.disabledAt}
                  strings={
                    user.disabledAt
                      ? { confirm: t("enable.confirm"), submit: t("enable.submit"), pending: t("enable.pending") }
                      : { confirm: t("disable.confirm"), submit: t("disable.submit"), pending: t("disable.pending") }
                  }
                />
              </>
            )}
          </section>
        ) : null}
      </div>
    </>
  );
}
