import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SessionList } from "@/components/account/session-list";
import { SignOutEverywhereForm } from "@/components/account/sign-out-everywhere-form";
import { PageHeader } from "@/components/ui/page-header";
import { listOwnSessions } from "@/lib/account/list-own-sessions";
import { requirePermission } from "@/lib/auth/session";
import { toLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("account.title") };
}

const section = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6";

export default async function AccountPage() {
  const actor = await requirePermission("account:manage-own");
  const sessions = await listOwnSessions(actor);
  const locale = toLocale(await getLocale());
  const t = await getTranslations("auth");
  const tc = await getTranslations("common");

  return (
    <>
      <PageHeader title={t("account.title")} description={t("account.description")} />
      <div className="flex flex-col gap-6">
        <section aria-labelledby="profile-title" className={section}>
          <h2 id="profile-title">{t("account.profileTitle")}</h2>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-600">{t("account.name")}</dt>
            <dd>{actor.name}</dd>
            <dt className="text-slate-600">{t("account.email")}</dt>
            <dd className="break-all">{actor.email}</dd>
            <dt className="text-slate-600">{t("account.role")}</dt>
            <dd>{tc(`roles.${actor.role}`)}</dd>
          </dl>
          <p className="mt-3 text-xs text-slate-600">{t("account.profileHint")}</p>
        </section>

        <section aria-labelledby="password-title" className={section}>
          <h2 id="password-title">{t("account.changePasswordTitle")}</h2>
          <p className="mt-1 mb-4 text-sm text-slate-600">{t("account.changePasswordIntro")}</p>
          <ChangePasswordForm
            email={actor.email}
            strings={{
              currentPassword: t("account.currentPassword"),
              newPassword: t("account.newPassword"),
              newPasswordHint: t("account.newPasswordHint"),
              confirmPassword: t("account.confirmPassword"),
              submit: t("account.changePasswordSubmit"),
              pending: t("account.changePasswordPending"),
            }}
          />
        </section>

        <section aria-labelledby="sessions-title" className={section}>
          <h2 id="sessions-title">{t("account.sessionsTitle")}</h2>
          <p className="mt-1 mb-4 text-sm text-slate-600">{t("account.sessionsIntro")}</p>
          <SessionList
            sessions={sessions}
            locale={locale}
            strings={{
              thisDevice: t("account.thisDevice"),
              created: t("account.sessionCreated"),
              lastSeen: t("account.sessionLastSeen"),
              ip: t("account.sessionIp"),
              userAgent: t("account.sessionUserAgent"),
              unknown: t("account.unknown"),
              empty: t("account.sessionsEmpty"),
            }}
          />
          <div className="mt-6 border-t border-slate-200 pt-4">
            <h3 className="font-semibold">{t("account.signOutEverywhereTitle")}</h3>
            <p className="mt-1 mb-3 text-sm text-slate-600">{t("account.signOutEverywhereIntro")}</p>
            <SignOutEverywhereForm label={t("account.signOutEverywhereSubmit")} pendingLabel={t("account.signOutEverywherePending")} />
          </div>
        </section>
      </div>
    </>
  );
}
