import { describe, expect, it } from "vitest";
import { PASAL13_DOCUMENTS, type CompanyFact, type OfferAnswers, type OfferFacts } from "./answers";
import { checkOffer, missingDocuments, type ReasonCode, type RuleKey, type Verdict } from "./rules";

const TODAY = new Date("2026-11-30T00:00:00Z");
const d = (s: string) => new Date(`${s}T00:00:00Z`);

const ELDERLY_CARER = { code: "ELDERLY_CARER", name: "Pengasuh lansia", zeroCost: true, household: true, legalBasis: "Peraturan BP2MI No. 9 Tahun 2020" };
const HOUSEKEEPER = { code: "HOUSEKEEPER", name: "Pengurus rumah tangga", zeroCost: true, household: true, legalBasis: null };
const FACTORY = { code: "FACTORY_WORKER", name: "Operator pabrik", zeroCost: false, household: false, legalBasis: null };
const TAIWAN = { code: "TW", name: "Taiwan", moratoriumHousehold: false, destination: true, legalBasis: null };
const SAUDI = { code: "SA", name: "Arab Saudi", moratoriumHousehold: true, destination: true, legalBasis: "Kepmenaker No. 260 Tahun 2015" };
const CLOSED = { code: "XX", name: "Negeri Tertutup", moratoriumHousehold: false, destination: false, legalBasis: null };

const licensed: CompanyFact = {
  found: true, name: "PT Bina Karya Mandiri", licenceNumber: "B.123/2024", status: "ACTIVE",
  suspendedFrom: null, suspendedUntil: null, suspensionScope: null, decree: null, decreeOn: null, lastCheckedOn: d("2026-11-12"),
};
const revoked: CompanyFact = { ...licensed, name: "PT Cahaya Abadi", status: "REVOKED", decree: "SK Kepala BP2MI No. 45/2026", decreeOn: d("2026-03-02") };
const suspended = (scope: "PARTIAL" | "FULL", from: string, until: string): CompanyFact => ({
  ...licensed, status: "SUSPENDED", suspensionScope: scope, suspendedFrom: d(from), suspendedUntil: d(until), decree: "SK Kepala BP2MI No. 123/2026",
});

const ALL_DOCS = [...PASAL13_DOCUMENTS];

// A procedural offer: everything in order. Each row below changes what it tests.
const base: OfferAnswers = {
  recruitedBy: "COMPANY", company: "PT Bina Karya Mandiri", sip2miNumber: "KEP.5/2026", countryCode: "TW", jobCode: "FACTORY_WORKER",
  visa: "WORK", moneyAsked: null, contractSeen: true, age: 25, documents: ALL_DOCS, villageCode: null,
};
const facts: OfferFacts = {
  company: licensed, job: FACTORY, country: TAIWAN, jobOrder: { found: true, validUntil: d("2027-06-30"), sameCompany: true, countryCode: "TW", jobCode: "FACTORY_WORKER" }, today: TODAY,
};

type Row = {
  name: string;
  answers?: Partial<OfferAnswers>;
  facts?: Partial<OfferFacts>;
  verdict: Verdict;
  has: [ReasonCode, RuleKey][];
  hasNot?: ReasonCode[];
};

const TABLE: Row[] = [
  { name: "procedural factory job via a licensed company", verdict: "LOOKS_PROCEDURAL", has: [["COMPANY_LICENSED", "licensedCompany"], ["JOB_ORDER_VALID", "recruitmentPermit"], ["VISA_WORK", "workVisa"]] },
  {
    name: "ACCEPTANCE: pengasuh lansia in Taiwan via a licensed company, asked Rp25.000.000",
    answers: { jobCode: "ELDERLY_CARER", moneyAsked: 25_000_000, sip2miNumber: null },
    facts: { job: ELDERLY_CARER, jobOrder: null },
    verdict: "DANGEROUS",
    has: [["FEE_ZERO_COST_JOB", "zeroCost"], ["COMPANY_LICENSED", "licensedCompany"]],
    hasNot: ["MORATORIUM_HOUSEHOLD"],
  },
  {
    name: "ACCEPTANCE: housemaid for a private household in Saudi Arabia",
    answers: { jobCode: "HOUSEKEEPER", countryCode: "SA", sip2miNumber: null },
    facts: { job: HOUSEKEEPER, country: SAUDI, jobOrder: null },
    verdict: "DANGEROUS",
    has: [["MORATORIUM_HOUSEHOLD", "moratorium"]],
  },
  { name: "ACCEPTANCE: a revoked company", facts: { company: revoked }, verdict: "DANGEROUS", has: [["COMPANY_REVOKED", "licensedCompany"]], hasNot: ["COMPANY_LICENSED"] },
  { name: "factory job in Saudi Arabia stays open", answers: { countryCode: "SA" }, facts: { country: SAUDI }, verdict: "LOOKS_PROCEDURAL", has: [["MORATORIUM_FORMAL_OPEN", "moratorium"]], hasNot: ["MORATORIUM_HOUSEHOLD"] },
  { name: "zero-cost job without a fee", answers: { jobCode: "ELDERLY_CARER" }, facts: { job: ELDERLY_CARER }, verdict: "LOOKS_PROCEDURAL", has: [["NO_FEE_ZERO_COST_JOB", "zeroCost"]] },
  { name: "a fee for a job that may carry costs", answers: { moneyAsked: 12_000_000 }, verdict: "BE_CAREFUL", has: [["FEE_CHECK_STRUCTURE", "costStructure"]] },
  { name: "a fee of zero is no fee", answers: { moneyAsked: 0, jobCode: "ELDERLY_CARER" }, facts: { job: ELDERLY_CARER }, verdict: "LOOKS_PROCEDURAL", has: [["NO_FEE_ZERO_COST_JOB", "zeroCost"]] },
  { name: "recruited by an individual", answers: { recruitedBy: "INDIVIDUAL", company: null, sip2miNumber: null }, facts: { company: null, jobOrder: null }, verdict: "DANGEROUS", has: [["RECRUITED_BY_INDIVIDUAL", "individualPlacement"]] },
  { name: "recruited online", answers: { recruitedBy: "ONLINE" }, verdict: "BE_CAREFUL", has: [["RECRUITED_ONLINE", "licensedCompany"]] },
  { name: "recruited by family or a friend", answers: { recruitedBy: "FAMILY_FRIEND" }, verdict: "BE_CAREFUL", has: [["RECRUITED_BY_FAMILY_FRIEND", "individualPlacement"]] },
  { name: "a company that is not in the registry", answers: { company: "PT Tidak Ada" }, facts: { company: { found: false } }, verdict: "DANGEROUS", has: [["COMPANY_NOT_FOUND", "licensedCompany"]] },
  { name: "a company route without a company name", answers: { company: null, sip2miNumber: null }, facts: { company: null, jobOrder: null }, verdict: "BE_CAREFUL", has: [["COMPANY_NOT_NAMED", "licensedCompany"], ["JOB_ORDER_NOT_GIVEN", "recruitmentPermit"]] },
  { name: "fully suspended today", facts: { company: suspended("FULL", "2026-10-01", "2026-12-31") }, verdict: "DANGEROUS", has: [["COMPANY_SUSPENDED_FULL", "licensedCompany"]] },
  { name: "partly suspended today", facts: { company: suspended("PARTIAL", "2026-10-01", "2026-12-31") }, verdict: "BE_CAREFUL", has: [["COMPANY_SUSPENDED_PARTIAL", "licensedCompany"]] },
  { name: "suspended on its last day", facts: { company: suspended("FULL", "2026-09-01", "2026-11-30") }, verdict: "DANGEROUS", has: [["COMPANY_SUSPENDED_FULL", "licensedCompany"]] },
  { name: "a suspension that has ended", facts: { company: suspended("FULL", "2026-06-01", "2026-09-01") }, verdict: "LOOKS_PROCEDURAL", has: [["COMPANY_LICENSED", "licensedCompany"]] },
  { name: "a suspension not begun yet", facts: { company: suspended("FULL", "2026-12-15", "2027-03-15") }, verdict: "LOOKS_PROCEDURAL", has: [["COMPANY_LICENSED", "licensedCompany"]] },
  { name: "visit visa for work", answers: { visa: "VISIT" }, verdict: "DANGEROUS", has: [["VISA_NOT_FOR_WORK", "workVisa"]] },
  { name: "tourist visa for work", answers: { visa: "TOURIST" }, verdict: "DANGEROUS", has: [["VISA_NOT_FOR_WORK", "workVisa"]] },
  { name: "umrah visa for work", answers: { visa: "UMRAH" }, verdict: "DANGEROUS", has: [["VISA_NOT_FOR_WORK", "workVisa"]] },
  { name: "internship as a route to work", answers: { visa: "INTERNSHIP" }, verdict: "BE_CAREFUL", has: [["VISA_INTERNSHIP", "workVisa"]] },
  { name: "visa not known yet", answers: { visa: "UNKNOWN" }, verdict: "BE_CAREFUL", has: [["VISA_UNKNOWN", "workVisa"]] },
  { name: "17 years old", answers: { age: 17 }, verdict: "DANGEROUS", has: [["UNDER_18", "minimumAge"]] },
  { name: "exactly 18", answers: { age: 18 }, verdict: "LOOKS_PROCEDURAL", has: [], hasNot: ["UNDER_18"] },
  { name: "age not given", answers: { age: null }, verdict: "LOOKS_PROCEDURAL", has: [], hasNot: ["UNDER_18"] },
  { name: "no contract seen", answers: { contractSeen: false }, verdict: "BE_CAREFUL", has: [["NO_CONTRACT_SEEN", "employmentContract"]] },
  { name: "documents still missing are only listed", answers: { documents: ["PASSPORT"] }, verdict: "LOOKS_PROCEDURAL", has: [["DOCUMENTS_MISSING", "requiredDocuments"]] },
  { name: "unknown SIP2MI number", facts: { jobOrder: { found: false } }, verdict: "BE_CAREFUL", has: [["JOB_ORDER_UNKNOWN", "recruitmentPermit"]] },
  { name: "expired SIP2MI", facts: { jobOrder: { found: true, validUntil: d("2026-11-29"), sameCompany: true, countryCode: "TW", jobCode: "FACTORY_WORKER" } }, verdict: "DANGEROUS", has: [["JOB_ORDER_EXPIRED", "recruitmentPermit"]] },
  { name: "SIP2MI valid through today", facts: { jobOrder: { found: true, validUntil: d("2026-11-30"), sameCompany: true, countryCode: "TW", jobCode: "FACTORY_WORKER" } }, verdict: "LOOKS_PROCEDURAL", has: [["JOB_ORDER_VALID", "recruitmentPermit"]] },
  { name: "SIP2MI of another company", facts: { jobOrder: { found: true, validUntil: d("2027-01-01"), sameCompany: false, countryCode: "TW", jobCode: "FACTORY_WORKER" } }, verdict: "DANGEROUS", has: [["JOB_ORDER_OTHER_COMPANY", "recruitmentPermit"]] },
  { name: "a country closed for placement", answers: { countryCode: "XX" }, facts: { country: CLOSED }, verdict: "DANGEROUS", has: [["COUNTRY_CLOSED", "destination"]] },
  { name: "country not given", answers: { countryCode: null }, facts: { country: null }, verdict: "BE_CAREFUL", has: [["COUNTRY_UNKNOWN", "destination"]] },
  {
    name: "everything wrong at once: every reason is stated",
    answers: { recruitedBy: "INDIVIDUAL", visa: "UMRAH", age: 16, contractSeen: false, moneyAsked: 30_000_000, jobCode: "HOUSEKEEPER", countryCode: "SA", documents: [] },
    facts: { job: HOUSEKEEPER, country: SAUDI, company: revoked, jobOrder: { found: false } },
    verdict: "DANGEROUS",
    has: [
      ["MORATORIUM_HOUSEHOLD", "moratorium"], ["FEE_ZERO_COST_JOB", "zeroCost"], ["RECRUITED_BY_INDIVIDUAL", "individualPlacement"], ["COMPANY_REVOKED", "licensedCompany"],
      ["VISA_NOT_FOR_WORK", "workVisa"], ["UNDER_18", "minimumAge"], ["NO_CONTRACT_SEEN", "employmentContract"], ["JOB_ORDER_UNKNOWN", "recruitmentPermit"], ["DOCUMENTS_MISSING", "requiredDocuments"],
    ],
  },
];

describe("checkOffer", () => {
  it.each(TABLE)("$name → $verdict", (row) => {
    const result = checkOffer({ ...base, ...row.answers }, { ...facts, ...row.facts });
    expect(result.verdict).toBe(row.verdict);
    const found = result.reasons.map((r) => [r.code, r.rule]);
    for (const pair of row.has) expect(found).toContainEqual(pair);
    for (const code of row.hasNot ?? []) expect(result.reasons.map((r) => r.code)).not.toContain(code);
  });

  it("puts the dangers first", () => {
    const { reasons } = checkOffer({ ...base, contractSeen: false, visa: "VISIT" }, facts);
    expect(reasons[0]?.severity).toBe("danger");
    const order = reasons.map((r) => ["danger", "caution", "ok", "info"].indexOf(r.severity));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("carries the legal basis stored with the rule data", () => {
    const { reasons } = checkOffer({ ...base, jobCode: "HOUSEKEEPER", countryCode: "SA" }, { ...facts, job: HOUSEKEEPER, country: SAUDI });
    expect(reasons.find((r) => r.code === "MORATORIUM_HOUSEHOLD")?.basis).toBe("Kepmenaker No. 260 Tahun 2015");
  });

  it("names the revoking decree", () => {
    const { reasons } = checkOffer(base, { ...facts, company: revoked });
    expect(reasons.find((r) => r.code === "COMPANY_REVOKED")?.params).toMatchObject({ decree: "SK Kepala BP2MI No. 45/2026", decreeOn: d("2026-03-02") });
  });

  it("lists missing Pasal 13 documents in the law's order", () => {
    expect(missingDocuments(["PASSPORT", "MARITAL_STATUS"])).toEqual(PASAL13_DOCUMENTS.filter((x) => x !== "PASSPORT" && x !== "MARITAL_STATUS"));
    expect(missingDocuments(ALL_DOCS)).toEqual([]);
  });
});
