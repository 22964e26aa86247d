import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm, type SignInStrings } from "@/components/auth/sign-in-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getActor } from "@/lib/auth/session";
import { lockedUntilClock, parseSignInError } from "@/lib/auth/sign-in-error";
import { SIGN_IN_EMAIL_MAX, SIGN_IN_PASSWORD_MAX } from "@/lib/auth/sign-in-schema";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const NOTICES = ["passwordChanged", "signedOutEverywhere"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signIn.title") };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  // A live session goes straight on. An ended one (signed out elsewhere, timed out, user
  // disabled) reads as "not signed in", so the form shows.
  if (await getActor()) redirect(callbackUrl);

  const t = await getTranslations("auth");
  const tc = await getTranslations("common");
  const notice = NOTICES.find((n) => n === first(params.notice));

  // Without JavaScript next-auth sends failures back here as ?error=…; show them the same way.
  const failure = parseSignInError(first(params.error) ?? "");
  const initialError =
    failure.kind === "invalid" ? t("signIn.invalid") : failure.kind === "locked" ? t("signIn.locked", { time: lockedUntilClock(failure.until) }) : undefined;

  const strings: SignInStrings = {
    email: t("signIn.email"),
    password: t("signIn.password"),
    submit: t("signIn.submit"),
    pending: t("signIn.pending"),
    invalid: t("signIn.invalid"),
    locked: t.raw("signIn.locked") as string,
    failed: t("signIn.failed"),
    checkFields: tc("errors.checkFields"),
    fieldErrors: {
      email: {
        required: tc("errors.required"),
        invalidEmail: tc("errors.invalidEmail"),
        tooLong: tc("errors.tooLong", { max: SIGN_IN_EMAIL_MAX }),
      },
      password: { required: tc("errors.required"), tooLong: tc("errors.tooLong", { max: SIGN_IN_PASSWORD_MAX }) },
    },
  };

  const returnTo = callbackUrl === "/dashboard" ? "/sign-in" : `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`;

  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-md items-center justify-between gap-2 px-4 py-2">
          <Link href="/" className="text-lg font-semibold text-brand-800 no-underline">
            {tc("appName")}
          </Link>
          <LanguageSwitch returnTo={returnTo} />
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-md flex-1 px-4 py-8">
        <h1>{t("signIn.title")}</h1>
        <p className="mt-1 mb-6 text-sm text-slate-600">{t("signIn.intro")}</p>
        {notice ? (
          <p role="status" className="mb-4 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
            {t(`signIn.${notice}`)}
          </p>
        ) : null}
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <SignInForm callbackUrl={callbackUrl} strings={strings} initialError={initialError} />
        </div>
        <p className="mt-6 text-sm text-slate-600">{t("signIn.forgotPassword")}</p>
        <p className="mt-4 text-sm">
          <Link href="/" className="inline-flex min-h-11 items-center">
            {t("signIn.publicHome")}
          </Link>
        </p>
      </main>
    </div>
  );
}
