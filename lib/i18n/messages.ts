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
import idRegistry from "./messages/id/registry.json";
import enRegistry from "./messages/en/registry.json";
import idPlacements from "./messages/id/placements.json";
import enPlacements from "./messages/en/placements.json";
import idImport from "./messages/id/import.json";
import enImport from "./messages/en/import.json";
import idPrivacy from "./messages/id/privacy.json";
import enPrivacy from "./messages/en/privacy.json";
import idRecruiters from "./messages/id/recruiters.json";
import enRecruiters from "./messages/en/recruiters.json";
import idRules from "./messages/id/rules.json";
import enRules from "./messages/en/rules.json";
import idOffercheck from "./messages/id/offercheck.json";
import enOffercheck from "./messages/en/offercheck.json";
import idReports from "./messages/id/reports.json";
import enReports from "./messages/en/reports.json";
import idCases from "./messages/id/cases.json";
import enCases from "./messages/en/cases.json";
import idCaseFiles from "./messages/id/caseFiles.json";
import enCaseFiles from "./messages/en/caseFiles.json";
import idCaseFamily from "./messages/id/caseFamily.json";
import enCaseFamily from "./messages/en/caseFamily.json";
import idCaseMoney from "./messages/id/caseMoney.json";
import enCaseMoney from "./messages/en/caseMoney.json";
import idCaseLists from "./messages/id/caseLists.json";
import enCaseLists from "./messages/en/caseLists.json";
import idPerdes from "./messages/id/perdes.json";
import enPerdes from "./messages/en/perdes.json";
import idVerification from "./messages/id/verification.json";
import enVerification from "./messages/en/verification.json";
import idScorecard from "./messages/id/scorecard.json";
import enScorecard from "./messages/en/scorecard.json";
import idVillages from "./messages/id/villages.json";
import enVillages from "./messages/en/villages.json";
import idGroups from "./messages/id/groups.json";
import enGroups from "./messages/en/groups.json";
import idGroupMoney from "./messages/id/groupMoney.json";
import enGroupMoney from "./messages/en/groupMoney.json";
import idGroupReports from "./messages/id/groupReports.json";
import enGroupReports from "./messages/en/groupReports.json";

const catalogs = {
  id: { common: idCommon, auth: idAuth, admin: idAdmin, audit: idAudit, public: idPublic, registry: idRegistry, placements: idPlacements, import: idImport, privacy: idPrivacy, recruiters: idRecruiters, rules: idRules, offercheck: idOffercheck, reports: idReports,
    cases: idCases, caseFiles: idCaseFiles, caseFamily: idCaseFamily, caseMoney: idCaseMoney, caseLists: idCaseLists,
    perdes: idPerdes, verification: idVerification, scorecard: idScorecard, villages: idVillages,
    groups: idGroups, groupMoney: idGroupMoney, groupReports: idGroupReports },
  en: { common: enCommon, auth: enAuth, admin: enAdmin, audit: enAudit, public: enPublic, registry: enRegistry, placements: enPlacements, import: enImport, privacy: enPrivacy, recruiters: enRecruiters, rules: enRules, offercheck: enOffercheck, reports: enReports,
    cases: enCases, caseFiles: enCaseFiles, caseFamily: enCaseFamily, caseMoney: enCaseMoney, caseLists: enCaseLists,
    perdes: enPerdes, verification: enVerification, scorecard: enScorecard, villages: enVillages,
    groups: enGroups, groupMoney: enGroupMoney, groupReports: enGroupReports },
} as const;

export type Messages = (typeof catalogs)["id"];

export function messagesFor(locale: Locale): Messages {
  return catalogs[locale] as Messages;
}

export const allCatalogs = catalogs;
