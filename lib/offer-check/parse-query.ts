import { PASAL13_DOCUMENTS, RECRUITED_BY, VISA_TYPES, type OfferAnswers, type Pasal13Document, type RecruitedBy, type VisaType } from "./answers";
import { parseRupiah } from "./money";

// The offer check travels in the URL (GET form), so a result can be shared and opened
// again. This reads the query back into answers, or says which fields need fixing.
// Error values are keys of offercheck.errors.

export type RawQuery = Record<string, string | string[] | undefined>;
export type OfferQueryErrors = Partial<Record<"by" | "company" | "sip2mi" | "visa" | "money" | "contract" | "age" | "country" | "job" | "village", string>>;
export type ParsedOfferQuery = { ok: true; answers: OfferAnswers } | { ok: false; errors: OfferQueryErrors };

const CODE = /^[A-Z_]{2,40}$/;
const VILLAGE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;
const MARKUP = /[<>]/;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
const all = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

function freeText(raw: string, max: number): string | null | false {
  if (raw === "") return null;
  if (raw.length > max || MARKUP.test(raw)) return false;
  return raw;
}

/** True once the form was sent at least once (the result page needs an answer to `by`). */
export function hasOfferQuery(q: RawQuery): boolean {
  return first(q.by) !== "";
}

export function parseOfferQuery(q: RawQuery): ParsedOfferQuery {
  const errors: OfferQueryErrors = {};
  const by = first(q.by);
  if (!(RECRUITED_BY as readonly string[]).includes(by)) errors.by = "chooseOne";
  const visa = first(q.visa);
  if (!(VISA_TYPES as readonly string[]).includes(visa)) errors.visa = "chooseOne";
  const contract = first(q.contract);
  if (contract !== "yes" && contract !== "no") errors.contract = "chooseOne";

  const company = freeText(first(q.company), 150);
  if (company === false) errors.company = "badText";
  const sip2mi = freeText(first(q.sip2mi), 60);
  if (sip2mi === false) errors.sip2mi = "badText";

  const moneyRaw = first(q.money);
  const money = moneyRaw === "" ? null : parseRupiah(moneyRaw);
  if (moneyRaw !== "" && money === null) errors.money = "badMoney";

  const ageRaw = first(q.age);
  const age = ageRaw === "" ? null : /^\d{1,3}$/.test(ageRaw) ? Number(ageRaw) : NaN;
  if (age !== null && (Number.isNaN(age) || age < 10 || age > 90)) errors.age = "badAge";

  const country = first(q.country);
  if (country !== "" && !/^[A-Z]{2}$/.test(country)) errors.country = "chooseOne";
  const job = first(q.job);
  if (job !== "" && !CODE.test(job)) errors.job = "chooseOne";
  const village = first(q.village);
  if (village !== "" && !VILLAGE.test(village)) errors.village = "chooseOne";

  const documents = all(q.doc).filter((d): d is Pasal13Document => (PASAL13_DOCUMENTS as readonly string[]).includes(d));

  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    answers: {
      recruitedBy: by as RecruitedBy,
      company: company || null,
      sip2miNumber: sip2mi || null,
      countryCode: country || null,
      jobCode: job || null,
      visa: visa as VisaType,
      moneyAsked: money,
      contractSeen: contract === "yes",
      age: age as number | null,
      documents: [...new Set(documents)],
      villageCode: village || null,
    },
  };
}

/** The answers as a query string again, for the share link and "change my answers". */
export function offerQueryString(a: OfferAnswers, moneyText?: string): string {
  const p = new URLSearchParams();
  p.set("by", a.recruitedBy);
  if (a.company) p.set("company", a.company);
  if (a.sip2miNumber) p.set("sip2mi", a.sip2miNumber);
  if (a.countryCode) p.set("country", a.countryCode);
  if (a.jobCode) p.set("job", a.jobCode);
  p.set("visa", a.visa);
  if (a.moneyAsked != null) p.set("money", moneyText ?? String(a.moneyAsked));
  p.set("contract", a.contractSeen ? "yes" : "no");
  if (a.age != null) p.set("age", String(a.age));
  for (const d of a.documents) p.append("doc", d);
  if (a.villageCode) p.set("village", a.villageCode);
  return p.toString();
}
