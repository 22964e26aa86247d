import { describe, expect, it } from "vitest";
import { hasOfferQuery, offerQueryString, parseOfferQuery } from "./parse-query";

const valid = { by: "COMPANY", company: "PT Bina Karya Mandiri", country: "TW", job: "ELDERLY_CARER", visa: "WORK", money: "Rp25.000.000", contract: "yes", age: "24", doc: ["PASSPORT", "WORK_VISA", "NOPE"], village: "36.04.13.2007" };

describe("parseOfferQuery", () => {
  it("reads a full answer", () => {
    const r = parseOfferQuery(valid);
    expect(r).toEqual({
      ok: true,
      answers: {
        recruitedBy: "COMPANY", company: "PT Bina Karya Mandiri", sip2miNumber: null, countryCode: "TW", jobCode: "ELDERLY_CARER", visa: "WORK",
        moneyAsked: 25_000_000, contractSeen: true, age: 24, documents: ["PASSPORT", "WORK_VISA"], villageCode: "36.04.13.2007",
      },
    });
  });

  it("says which fields need fixing", () => {
    const r = parseOfferQuery({ by: "ROBOT", money: "banyak", age: "7", company: "<script>", contract: "" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual({ by: "chooseOne", visa: "chooseOne", contract: "chooseOne", money: "badMoney", age: "badAge", company: "badText" });
  });

  it("round-trips through the query string", () => {
    const r = parseOfferQuery(valid);
    if (!r.ok) throw new Error("expected ok");
    const again = parseOfferQuery(Object.fromEntries(new URLSearchParams(offerQueryString(r.answers)).entries()) as Record<string, string>);
    expect(again.ok && again.answers.moneyAsked).toBe(25_000_000);
    const params = new URLSearchParams(offerQueryString(r.answers));
    expect(params.getAll("doc")).toEqual(["PASSPORT", "WORK_VISA"]);
  });

  it("knows an empty form from a sent one", () => {
    expect(hasOfferQuery({})).toBe(false);
    expect(hasOfferQuery({ by: "INDIVIDUAL" })).toBe(true);
  });
});
