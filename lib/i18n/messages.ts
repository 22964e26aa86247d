import type { Locale } from "./locales";

// One catalog per feature and language (lib/i18n/messages/<locale>/<namespace>.json), so
// features do not edit one shared file. The namespace is the top-level key.
import idCommon from "./messages/id/common.json";
import enCommon from "./messages/en/common.json";
import idAuth from "./messages/id/auth.json";
import enAuth from "./messages/en/auth.json";
import idAdmin from "./messages/id/admin.json";
import enAdmin from "./messages/en/admin.json";
import idAudit from "./messages/id/audit.json";
import enAudit from "./messages/en/audit.json";
import idPublic from "./messages/id/public.json";
import enPublic from "./messages/en/public.json";

const catalogs = {
  id: { common: idCommon, auth: idAuth, admin: idAdmin, audit: idAudit, public: idPublic },
  en: { common: enCommon, auth: enAuth, admin: enAdmin, audit: enAudit, public: enPublic },
} as const;

export type Messages = (typeof catalogs)["id"];

export function messagesFor(locale: Locale): Messages {
  return catalogs[locale] as Messages;
}

export const allCatalogs = catalogs;
