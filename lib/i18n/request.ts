import { cookies } from "next/headers";
import { IntlErrorCode } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, TIME_ZONE, toLocale } from "./locales";
import { messagesFor } from "./messages";

// The language comes from a cookie set by the language switch; Indonesian by default.
// A missing text shows its key and is logged; under LONTAR_STRICT_MESSAGES=1 (the end-to-end
// tests) it fails the page instead, so a key that no catalog has cannot pass the tests.
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return {
    locale,
    messages: messagesFor(locale),
    timeZone: TIME_ZONE,
    onError(error) {
      if (error.code === IntlErrorCode.MISSING_MESSAGE && process.env.LONTAR_STRICT_MESSAGES === "1") throw error;
      console.error(error);
    },
  };
});
