"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { LOCALE_COOKIE, toLocale } from "./locales";

/** The language switch: a plain form, so it works without JavaScript. */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = toLocale(String(formData.get("locale") ?? ""));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: true });
  const back = String(formData.get("returnTo") ?? "");
  const referer = (await headers()).get("referer");
  const target = back.startsWith("/") && !back.startsWith("//") ? back : referer ? new URL(referer).pathname : "/";
  redirect(target);
}
