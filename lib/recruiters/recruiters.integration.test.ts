import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, type Actor, type Role } from "@/lib/authz";
import { FieldError } from "@/lib/validation/errors";
import { lookUpOfferFacts } from "@/lib/offer-check/look-up-facts";
import { checkOffer } from "@/lib/offer-check/rules";
import type { OfferAnswers } from "@/lib/offer-check/answers";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestPerson } from "@/tests/factories/people";
import { createTestAgent, createTestRecruiter, ensureRuleReference } from "@/tests/factories/recruiters";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { ensureVillage } from "@/tests/factories/villages";
import { changeRecruiterStatus } from "./change-recruiter-status";
import { createJobOrder } from "./create-job-order";
import { listAgents, listRecruiters } from "./list-recruiters";
import { findAgentsPublic, findCompaniesPublic } from "./public-lookup";
import { createAgent } from "./save-agent";
import { createRecruiter, updateRecruiter } from "./save-recruiter";

const LONTAR = "36.04.13.2007";
const day = (s: string) => new Date(`${s}T00:00:00Z`);
const RECRUITER = { name: "PT Bina Karya Mandiri", licenceNumber: "B.101/KA/2023", address: null, phone: null, lastCheckedOn: day("2026-11-12") };

async function actorFor(role: Role): Promise<Actor> {
  const place = role === "BP3MI_STAFF" ? { regionCode: "36.04" } : role === "ADMIN" ? {} : { villageCode: LONTAR };
  return actorOf(await createTestUser(db, { role, ...place }));
}

describe("recruiter registry", () => {
  beforeEach(async () => {
    await resetDatabase();
    await ensureRuleReference(db);
  });

  it("is changed only by BP3MI staff and admins", async () => {
    const r = await createTestRecruiter(db);
    for (const role of ["ORGANIZER", "VILLAGE_OFFICIAL"] as const) {
      const actor = await actorFor(role);
      await expect(createRecruiter(actor, { ...RECRUITER, licenceNumber: `X-${role}` })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateRecruiter(actor, { ...RECRUITER, id: r.id })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(changeRecruiterStatus(actor, { id: r.id, status: "REVOKED", suspensionScope: null, suspendedFrom: null, suspendedUntil: null, decree: "SK 1", decreeOn: day("2026-11-01"), note: null, confirm: true })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(createJobOrder(actor, { recruiterId: r.id, sip2miNumber: `S-${role}`, countryCode: "TW", jobCode: "FACTORY_WORKER", quota: 5, validUntil: day("2027-01-01"), lastCheckedOn: day("2026-11-12") })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(createAgent(actor, { name: "Calo", phone: null, claimedRecruiterId: null, claimedCompanyName: null, villageCode: null, watchlisted: false, watchlistReason: null })).rejects.toBeInstanceOf(ForbiddenError);
      // …but they read it.
      expect((await listRecruiters(actor, { q: undefined })).total).toBe(1);
    }
    expect(await db.recruiter.count()).toBe(1);
    expect(await db.auditLog.count()).toBe(0);
    for (const role of ["BP3MI_STAFF", "ADMIN"] as const) {
      await createRecruiter(await actorFor(role), { ...RECRUITER, licenceNumber: `L-${role}` });
    }
    expect(await db.recruiter.count()).toBe(3);
  });

  it("audits every change and appends the status history", async () => {
    const bp3mi = await actorFor("BP3MI_STAFF");
    const { id } = await createRecruiter(bp3mi, RECRUITER, { ip: "10.1.1.1" });
    await updateRecruiter(bp3mi, { ...RECRUITER, id, address: "Jl. Ahmad Yani 12, Serang" });
    await changeRecruiterStatus(bp3mi, { id, status: "SUSPENDED", suspensionScope: "PARTIAL", suspendedFrom: day("2026-10-01"), suspendedUntil: day("2026-12-31"), decree: "SK Kepala BP2MI No. 123/2026", decreeOn: day("2026-09-28"), note: null, confirm: false });
    await changeRecruiterStatus(bp3mi, { id, status: "REVOKED", suspensionScope: null, suspendedFrom: null, suspendedUntil: null, decree: "SK Kepala BP2MI No. 45/2026", decreeOn: day("2026-11-02"), note: "Pelanggaran berat", confirm: true });
    await createJobOrder(bp3mi, { recruiterId: id, sip2miNumber: "KEP.1/2026", countryCode: "TW", jobCode: "ELDERLY_CARER", quota: 10, validUntil: day("2027-05-31"), lastCheckedOn: day("2026-11-12") });

    const history = await db.recruiterStatusChange.findMany({ where: { recruiterId: id }, orderBy: { id: "asc" } });
    expect(history.map((h) => h.status)).toEqual(["ACTIVE", "SUSPENDED", "REVOKED"]);
    expect(history[1]).toMatchObject({ suspensionScope: "PARTIAL", decree: "SK Kepala BP2MI No. 123/2026", changedById: bp3mi.id });
    const row = await db.recruiter.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "REVOKED", statusDecree: "SK Kepala BP2MI No. 45/2026", suspensionScope: null });

    const audit = await db.auditLog.findMany({ orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["recruiter.create", "recruiter.update", "recruiter.status", "recruiter.status", "jobOrder.create"]);
    expect(audit.every((a) => a.actorId === bp3mi.id)).toBe(true);
    expect(audit[2]!.after).toMatchObject({ status: "SUSPENDED" });
  });

  it("refuses a licence number that is taken, as a field error", async () => {
    const bp3mi = await actorFor("BP3MI_STAFF");
    await createRecruiter(bp3mi, RECRUITER);
    await expect(createRecruiter(bp3mi, { ...RECRUITER, name: "PT Lain" })).rejects.toMatchObject(new FieldError("licenceNumber", "licenceTaken"));
  });

  it("stores agent phones as digits from 62 and finds them however they are written", async () => {
    const bp3mi = await actorFor("BP3MI_STAFF");
    await ensureVillage(db, LONTAR);
    await createAgent(bp3mi, { name: "Rudi Hartono", phone: "0812-0000-7788", claimedRecruiterId: null, claimedCompanyName: "PT Entah", villageCode: LONTAR, watchlisted: true, watchlistReason: "Dilaporkan warga." });
    expect((await db.agent.findFirstOrThrow()).phone).toBe("6281200007788");
    expect((await listAgents(bp3mi, { q: "+62 812 0000 7788" })).total).toBe(1);
    await expect(createAgent(bp3mi, { name: "X", phone: "123", claimedRecruiterId: null, claimedCompanyName: null, villageCode: null, watchlisted: false, watchlistReason: null })).rejects.toMatchObject({ field: "phone" });
  });

  it("finds companies by fuzzy name (pg_trgm) and licence number", async () => {
    const actor = await actorFor("ORGANIZER");
    await createTestRecruiter(db, { name: "PT Bina Karya Mandiri", licenceNumber: "B.101/KA/2023" });
    await createTestRecruiter(db, { name: "PT Samudra Jaya Abadi", licenceNumber: "B.214/KA/2022" });
    expect((await listRecruiters(actor, { q: "Bina Karia Mandiri" })).rows.map((r) => r.name)).toEqual(["PT Bina Karya Mandiri"]);
    expect((await listRecruiters(actor, { q: "B.214" })).rows.map((r) => r.name)).toEqual(["PT Samudra Jaya Abadi"]);
  });
});

describe("public look-ups", () => {
  beforeEach(async () => {
    await resetDatabase();
    await ensureRuleReference(db);
  });

  it("never return worker data", async () => {
    // A worker with the same name as the agent and the company must not leak through either look-up.
    await createTestPerson(db, { villageCode: LONTAR, name: "Rudi Hartono" });
    await createTestPerson(db, { villageCode: LONTAR, name: "Bina Karya" });
    const r = await createTestRecruiter(db, { name: "PT Bina Karya Mandiri" });
    await createTestAgent(db, { name: "Rudi Hartono", phone: "0812-0000-7788", claimedRecruiterId: r.id, watchlisted: true });
    const companies = await findCompaniesPublic("Bina Karya");
    const agents = await findAgentsPublic("Rudi Hartono");
    expect(companies).toHaveLength(1);
    expect(agents).toHaveLength(1);
    expect(Object.keys(companies[0]!).sort()).toEqual(["address", "decree", "decreeOn", "id", "lastCheckedOn", "licenceNumber", "name", "score", "status", "suspendedFrom", "suspendedUntil", "suspensionScope"]);
    expect(Object.keys(agents[0]!).sort()).toEqual(["claimedCompany", "claimedCompanyName", "id", "name", "updatedAt", "watchlistReason", "watchlisted"]);
    const text = JSON.stringify([companies, agents]);
    for (const personal of ["nik", "birth", "villageCode", "phone", "passport", "Person"]) expect(text).not.toContain(personal);
  });

  it("answer the acceptance cases of the offer check from the registry", async () => {
    await createTestRecruiter(db, { name: "PT Bina Karya Mandiri", licenceNumber: "B.101/KA/2023" });
    await createTestRecruiter(db, { name: "PT Duta Sentosa Internasional", licenceNumber: "B.033/KA/2019", status: "REVOKED", decree: "SK Kepala BP2MI No. 45/2026", decreeOn: "2026-03-02" });
    const base: OfferAnswers = { recruitedBy: "COMPANY", company: "Bina Karya Mandiri", sip2miNumber: null, countryCode: "TW", jobCode: "ELDERLY_CARER", visa: "WORK", moneyAsked: 25_000_000, contractSeen: true, age: 30, documents: [], villageCode: null };

    const carer = checkOffer(base, await lookUpOfferFacts(base, "id"));
    expect(carer.verdict).toBe("DANGEROUS");
    expect(carer.reasons.map((x) => x.code)).toEqual(expect.arrayContaining(["FEE_ZERO_COST_JOB", "COMPANY_LICENSED"]));

    const maid = { ...base, countryCode: "SA", jobCode: "HOUSEKEEPER", moneyAsked: null };
    expect(checkOffer(maid, await lookUpOfferFacts(maid, "id")).reasons.map((x) => x.code)).toContain("MORATORIUM_HOUSEHOLD");

    const revoked = { ...base, company: "B.033/KA/2019", moneyAsked: null, jobCode: "FACTORY_WORKER" };
    const result = checkOffer(revoked, await lookUpOfferFacts(revoked, "id"));
    expect(result.reasons.find((x) => x.code === "COMPANY_REVOKED")?.params).toMatchObject({ decree: "SK Kepala BP2MI No. 45/2026" });
  });
});
