// The offer check's answers and the facts looked up for them. Shared by the pure rules
// (rules.ts), the query parser (schema.ts) and the pages; no server code here.

export const RECRUITED_BY = ["COMPANY", "INDIVIDUAL", "ONLINE", "FAMILY_FRIEND"] as const;
export type RecruitedBy = (typeof RECRUITED_BY)[number];

export const VISA_TYPES = ["WORK", "VISIT", "TOURIST", "UMRAH", "INTERNSHIP", "UNKNOWN"] as const;
export type VisaType = (typeof VISA_TYPES)[number];

/** The documents of UU 18/2017 Pasal 13, in the order of the law. */
export const PASAL13_DOCUMENTS = [
  "MARITAL_STATUS",
  "FAMILY_PERMISSION",
  "COMPETENCE_CERTIFICATE",
  "HEALTH_CERTIFICATE",
  "PASSPORT",
  "WORK_VISA",
  "PLACEMENT_AGREEMENT",
  "EMPLOYMENT_CONTRACT",
] as const;
export type Pasal13Document = (typeof PASAL13_DOCUMENTS)[number];

export type OfferAnswers = {
  recruitedBy: RecruitedBy;
  /** As typed: a name or an SIP3MI number. */
  company: string | null;
  sip2miNumber: string | null;
  countryCode: string | null;
  jobCode: string | null;
  visa: VisaType;
  /** Whole Rupiah asked of the worker; null when nothing was asked or the field is empty. */
  moneyAsked: number | null;
  contractSeen: boolean;
  age: number | null;
  documents: Pasal13Document[];
  villageCode: string | null;
};

export type CompanyFact =
  | { found: false }
  | {
      found: true;
      name: string;
      licenceNumber: string;
      status: "ACTIVE" | "SUSPENDED" | "REVOKED";
      suspendedFrom: Date | null;
      suspendedUntil: Date | null;
      suspensionScope: "PARTIAL" | "FULL" | null;
      decree: string | null;
      decreeOn: Date | null;
      lastCheckedOn: Date;
    };

export type JobFact = { code: string; name: string; zeroCost: boolean; household: boolean; legalBasis: string | null };
export type CountryFact = { code: string; name: string; moratoriumHousehold: boolean; destination: boolean; legalBasis: string | null };
export type JobOrderFact =
  | { found: false }
  | { found: true; validUntil: Date; sameCompany: boolean | null; countryCode: string; jobCode: string };

export type OfferFacts = {
  /** null when no company was named. */
  company: CompanyFact | null;
  job: JobFact | null;
  country: CountryFact | null;
  /** null when no SIP2MI number was given. */
  jobOrder: JobOrderFact | null;
  today: Date;
};
