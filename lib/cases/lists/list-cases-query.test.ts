import { describe, expect, it } from "vitest";
import { decodeCaseCursor, encodeCaseCursor } from "./case-cursor";
import { caseSearch, listCasesParams, parseListCasesQuery } from "./list-cases-query";

describe("parseListCasesQuery", () => {
  it("defaults to the open statuses, by priority", () => {
    expect(parseListCasesQuery({})).toMatchObject({ status: ["REPORTED", "VERIFIED", "IN_MEDIATION", "REFERRED"], sort: "priority" });
    expect(parseListCasesQuery({ status: "open" }).status).toEqual(["REPORTED", "VERIFIED", "IN_MEDIATION", "REFERRED"]);
    expect(parseListCasesQuery({ status: "bogus" }).status).toEqual(["REPORTED", "VERIFIED", "IN_MEDIATION", "REFERRED"]);
  });

  it("takes all, one or several statuses, repeated or comma-separated", () => {
    expect(parseListCasesQuery({ status: "all" }).status).toBeNull();
    expect(parseListCasesQuery({ status: ["REPORTED", "VERIFIED", "IN_MEDIATION", "REFERRED", "RESOLVED", "CLOSED"] }).status).toBeNull();
    expect(parseListCasesQuery({ status: ["CLOSED", "RESOLVED", "CLOSED"] }).status).toEqual(["RESOLVED", "CLOSED"]);
    expect(parseListCasesQuery({ status: "VERIFIED,REFERRED" }).status).toEqual(["VERIFIED", "REFERRED"]);
    expect(parseListCasesQuery(new URLSearchParams("status=RESOLVED&status=CLOSED&sort=due&sort=newest")).status).toEqual(["RESOLVED", "CLOSED"]);
    expect(parseListCasesQuery(new URLSearchParams("sort=due&sort=newest")).sort).toBe("due");
  });

  it("ignores values that do not parse", () => {
    expect(parseListCasesQuery({ category: "NOPE", country: "hk", village: "36.04", handler: "someone", overdue: "yes", sort: "random" })).toMatchObject({
      category: undefined,
      country: undefined,
      village: undefined,
      handler: undefined,
      overdue: undefined,
      sort: "priority",
    });
    expect(parseListCasesQuery({ handler: "me" }).handler).toBe("me");
    expect(parseListCasesQuery({ handler: "unassigned" }).handler).toBe("unassigned");
  });

  it("writes the query back as parameters, leaving out the defaults", () => {
    expect(listCasesParams(parseListCasesQuery({})).toString()).toBe("");
    expect(listCasesParams(parseListCasesQuery({ status: "all", q: " Siti ", sort: "newest" })).toString()).toBe("q=Siti&status=all&sort=newest");
    expect(listCasesParams(parseListCasesQuery({ status: ["RESOLVED", "CLOSED"], category: "DEATH", overdue: "1" })).toString()).toBe(
      "status=RESOLVED&status=CLOSED&category=DEATH&overdue=1",
    );
  });
});

describe("caseSearch", () => {
  it("tells a case number from a name", () => {
    expect(caseSearch("kss-2026-000123")).toEqual({ number: "KSS-2026-000123" });
    expect(caseSearch("KSS-2026-123")).toEqual({ name: "KSS-2026-123" });
    expect(caseSearch("Siti")).toEqual({ name: "Siti" });
    expect(caseSearch(undefined)).toBeNull();
  });
});

describe("case cursor", () => {
  const at = new Date("2026-03-01T05:00:00.000Z");
  const id = "3f2a4f0e-8a8f-4c1c-9a51-5b1c1d2e3f40";

  it("round-trips and belongs to its sort", () => {
    const cursor = { sort: "priority" as const, at, key: ["0", "1", "2026-02-01T00:00:00.000Z"], id };
    const raw = encodeCaseCursor(cursor);
    expect(decodeCaseCursor(raw, "priority")).toEqual(cursor);
    expect(decodeCaseCursor(raw, "newest")).toBeNull();
    expect(decodeCaseCursor(encodeCaseCursor({ sort: "due", at, key: ["infinity"], id }), "due")).toEqual({ sort: "due", at, key: ["infinity"], id });
  });

  it("treats anything hand-made as the first page", () => {
    const make = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
    expect(decodeCaseCursor("garbage", "priority")).toBeNull();
    expect(decodeCaseCursor(make(["priority", at.toISOString(), ["2", "1", "2026-02-01T00:00:00.000Z"], id]), "priority")).toBeNull();
    expect(decodeCaseCursor(make(["newest", at.toISOString(), ["2026-02-30T00:00:00.000Z"], id]), "newest")).toBeNull();
    expect(decodeCaseCursor(make(["newest", at.toISOString(), ["2026-02-01T00:00:00.000Z"], "1; DROP"]), "newest")).toBeNull();
    expect(decodeCaseCursor(make(["newest", "yesterday", ["2026-02-01T00:00:00.000Z"], id]), "newest")).toBeNull();
  });
});
