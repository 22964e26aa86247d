import { PASAL13_DOCUMENTS, type OfferAnswers, type OfferFacts, type Pasal13Document } from "./answers";

// The offer check's rules: pure functions from the villager's answers and the looked-up
// facts (company licence, job and country flags, job order) to reasons. Each reason names
// the rule it comes from; the page turns codes into plain Indonesian (offercheck catalog).
// Legal citations: docs/decisions/013-offer-check-rules.md.

export type Severity = "danger" | "caution" | "ok" | "info";
export type Verdict = "LOOKS_PROCEDURAL" | "BE_CAREFUL" | "DANGEROUS";

/** Keys of offercheck.rules in the catalogs: the law or regulation a reason comes from. */
export type RuleKey =
  | "moratorium"
  | "zeroCost"
  | "costStructure"
  | "individualPlacement"
  | "licensedCompany"
  | "workVisa"
  | "minimumAge"
  | "employmentContract"
  | "requiredDocuments"
  | "recruitmentPermit"
  | "destination";

export type ReasonCode =
  | "MORATORIUM_HOUSEHOLD"
  | "MORATORIUM_FORMAL_OPEN"
  | "FEE_ZERO_COST_JOB"
  | "FEE_CHECK_STRUCTURE"
  | "NO_FEE_ZERO_COST_JOB"
  | "RECRUITED_BY_INDIVIDUAL"
  | "RECRUITED_ONLINE"
  | "RECRUITED_BY_FAMILY_FRIEND"
  | "COMPANY_NOT_NAMED"
  | "COMPANY_NOT_FOUND"
  | "COMPANY_REVOKED"
  | "COMPANY_SUSPENDED_FULL"
  | "COMPANY_SUSPENDED_PARTIAL"
  | "COMPANY_LICENSED"
  | "VISA_NOT_FOR_WORK"
  | "VISA_INTERNSHIP"
  | "VISA_UNKNOWN"
  | "VISA_WORK"
  | "UNDER_18"
  | "NO_CONTRACT_SEEN"
  | "DOCUMENTS_MISSING"
  | "JOB_ORDER_UNKNOWN"
  | "JOB_ORDER_EXPIRED"
  | "JOB_ORDER_OTHER_COMPANY"
  | "JOB_ORDER_VALID"
  | "JOB_ORDER_NOT_GIVEN"
  | "COUNTRY_CLOSED"
  | "COUNTRY_UNKNOWN";

export type Reason = {
  code: ReasonCode;
  severity: Severity;
  rule: RuleKey;
  /** A legal basis stored with the rule data (edited by BP3MI staff), shown instead of the catalog's. */
  basis?: string;
  params?: Record<string, string | number | Date | null>;
};

export type OfferResult = { verdict: Verdict; reasons: Reason[] };

type Rule = (a: OfferAnswers, f: OfferFacts) => Reason[];

const DAY_MS = 86_400_000;
const dayOf = (d: Date) => Math.floor(d.getTime() / DAY_MS);

export const moratoriumRule: Rule = (_a, { job, country }) => {
  if (!job || !country || !country.moratoriumHousehold) return [];
  const basis = country.legalBasis ?? undefined;
  if (job.household) return [{ code: "MORATORIUM_HOUSEHOLD", severity: "danger", rule: "moratorium", basis, params: { country: country.name, job: job.name } }];
  return [{ code: "MORATORIUM_FORMAL_OPEN", severity: "info", rule: "moratorium", basis, params: { country: country.name } }];
};

export const feeRule: Rule = (a, { job }) => {
  const asked = a.moneyAsked ?? 0;
  if (job?.zeroCost) {
    const basis = job.legalBasis ?? undefined;
    if (asked > 0) return [{ code: "FEE_ZERO_COST_JOB", severity: "danger", rule: "zeroCost", basis, params: { job: job.name, amount: asked } }];
    return [{ code: "NO_FEE_ZERO_COST_JOB", severity: "info", rule: "zeroCost", basis, params: { job: job.name } }];
  }
  if (asked > 0) return [{ code: "FEE_CHECK_STRUCTURE", severity: "caution", rule: "costStructure", params: { amount: asked } }];
  return [];
};

export const recruiterRule: Rule = (a) => {
  switch (a.recruitedBy) {
    case "INDIVIDUAL":
      return [{ code: "RECRUITED_BY_INDIVIDUAL", severity: "danger", rule: "individualPlacement" }];
    case "ONLINE":
      return [{ code: "RECRUITED_ONLINE", severity: "caution", rule: "licensedCompany" }];
    case "FAMILY_FRIEND":
      return [{ code: "RECRUITED_BY_FAMILY_FRIEND", severity: "caution", rule: "individualPlacement" }];
    default:
      return [];
  }
};

export const companyRule: Rule = (a, { company, today }) => {
  if (!company) {
    return a.recruitedBy === "COMPANY" ? [{ code: "COMPANY_NOT_NAMED", severity: "caution", rule: "licensedCompany" }] : [];
  }
  if (!company.found) return [{ code: "COMPANY_NOT_FOUND", severity: "danger", rule: "licensedCompany", params: { company: a.company } }];
  const params = { company: company.name, licence: company.licenceNumber, decree: company.decree, decreeOn: company.decreeOn, checkedOn: company.lastCheckedOn };
  if (company.status === "REVOKED") return [{ code: "COMPANY_REVOKED", severity: "danger", rule: "licensedCompany", params }];
  if (company.status === "SUSPENDED" && suspendedOn(company, today)) {
    const p = { ...params, from: company.suspendedFrom, until: company.suspendedUntil };
    return company.suspensionScope === "PARTIAL"
      ? [{ code: "COMPANY_SUSPENDED_PARTIAL", severity: "caution", rule: "licensedCompany", params: p }]
      : [{ code: "COMPANY_SUSPENDED_FULL", severity: "danger", rule: "licensedCompany", params: p }];
  }
  return [{ code: "COMPANY_LICENSED", severity: "ok", rule: "licensedCompany", params }];
};

/** A suspension counts from its first day to its last; open ends count as ongoing. */
function suspendedOn(c: { suspendedFrom: Date | null; suspendedUntil: Date | null }, today: Date): boolean {
  const d = dayOf(today);
  if (c.suspendedFrom && d < dayOf(c.suspendedFrom)) return false;
  if (c.suspendedUntil && d > dayOf(c.suspendedUntil)) return false;
  return true;
}

export const visaRule: Rule = (a) => {
  switch (a.visa) {
    case "VISIT":
    case "TOURIST":
    case "UMRAH":
      return [{ code: "VISA_NOT_FOR_WORK", severity: "danger", rule: "workVisa", params: { visa: a.visa } }];
    case "INTERNSHIP":
      return [{ code: "VISA_INTERNSHIP", severity: "caution", rule: "workVisa" }];
    case "UNKNOWN":
      return [{ code: "VISA_UNKNOWN", severity: "caution", rule: "workVisa" }];
    default:
      return [{ code: "VISA_WORK", severity: "ok", rule: "workVisa" }];
  }
};

export const ageRule: Rule = (a) =>
  a.age != null && a.age < 18 ? [{ code: "UNDER_18", severity: "danger", rule: "minimumAge", params: { age: a.age } }] : [];

export const contractRule: Rule = (a) => (a.contractSeen ? [] : [{ code: "NO_CONTRACT_SEEN", severity: "caution", rule: "employmentContract" }]);

/** Missing documents are normal before departure: listed as what to prepare, not a warning. */
export const documentsRule: Rule = (a) => {
  const missing = missingDocuments(a.documents);
  return missing.length ? [{ code: "DOCUMENTS_MISSING", severity: "info", rule: "requiredDocuments", params: { count: missing.length } }] : [];
};

export function missingDocuments(have: readonly Pasal13Document[]): Pasal13Document[] {
  return PASAL13_DOCUMENTS.filter((d) => !have.includes(d));
}

export const jobOrderRule: Rule = (a, { jobOrder, today }) => {
  if (!jobOrder) {
    return a.recruitedBy === "COMPANY" ? [{ code: "JOB_ORDER_NOT_GIVEN", severity: "info", rule: "recruitmentPermit" }] : [];
  }
  const params = { number: a.sip2miNumber };
  if (!jobOrder.found) return [{ code: "JOB_ORDER_UNKNOWN", severity: "caution", rule: "recruitmentPermit", params }];
  if (dayOf(jobOrder.validUntil) < dayOf(today)) {
    return [{ code: "JOB_ORDER_EXPIRED", severity: "danger", rule: "recruitmentPermit", params: { ...params, validUntil: jobOrder.validUntil } }];
  }
  if (jobOrder.sameCompany === false) return [{ code: "JOB_ORDER_OTHER_COMPANY", severity: "danger", rule: "recruitmentPermit", params }];
  return [{ code: "JOB_ORDER_VALID", severity: "ok", rule: "recruitmentPermit", params: { ...params, validUntil: jobOrder.validUntil } }];
};

export const countryRule: Rule = (a, { country }) => {
  if (!country) return a.countryCode ? [] : [{ code: "COUNTRY_UNKNOWN", severity: "caution", rule: "destination" }];
  return country.destination ? [] : [{ code: "COUNTRY_CLOSED", severity: "danger", rule: "destination", params: { country: country.name } }];
};

/** In the order the result page shows them (after sorting by severity). */
export const RULES: readonly Rule[] = [
  moratoriumRule,
  feeRule,
  recruiterRule,
  companyRule,
  jobOrderRule,
  visaRule,
  ageRule,
  countryRule,
  contractRule,
  documentsRule,
];

const ORDER: Record<Severity, number> = { danger: 0, caution: 1, ok: 2, info: 3 };

export function verdictOf(reasons: readonly Reason[]): Verdict {
  if (reasons.some((r) => r.severity === "danger")) return "DANGEROUS";
  if (reasons.some((r) => r.severity === "caution")) return "BE_CAREFUL";
  return "LOOKS_PROCEDURAL";
}

/** Every rule applied; the most serious reasons first, each rule's own order kept. */
export function checkOffer(answers: OfferAnswers, facts: OfferFacts): OfferResult {
  const reasons = RULES.flatMap((rule) => rule(answers, facts));
  const sorted = reasons.map((r, i) => ({ r, i })).sort((x, y) => ORDER[x.r.severity] - ORDER[y.r.severity] || x.i - y.i).map((x) => x.r);
  return { verdict: verdictOf(sorted), reasons: sorted };
}
