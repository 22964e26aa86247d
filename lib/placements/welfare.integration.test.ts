import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError, type Actor } from "@/lib/authz";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestPerson } from "@/tests/factories/people";
import { createTestCheckIn, createTestPlacement } from "@/tests/factories/placements";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { listWelfare } from "./list-welfare";
import { recordCheckIn } from "./record-check-in";

const LONTAR = "36.04.13.2007";
const SUSUKAN = "36.04.13.2008";
const NOW = new Date("2026-06-01T05:00:00Z");
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);
const dayOf = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

let organizer: Actor;

async function departed(name: string, opts: { departedDaysAgo: number; lastContactDaysAgo?: number; villageCode?: string }) {
  const person = await createTestPerson(db, { villageCode: opts.villageCode ?? LONTAR, name });
  const placement = await createTestPlacement(db, { personId: person.id, status: "DEPARTED", departureDate: dayOf(daysAgo(opts.departedDaysAgo)) });
  if (opts.lastContactDaysAgo !== undefined) await createTestCheckIn(db, { placementId: placement.id, contactedAt: daysAgo(opts.lastContactDaysAgo) });
  return placement;
}

describe("recordCheckIn", () => {
  beforeEach(async () => {
    await resetDatabase();
    organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }));
  });

  it("records a contact and moves lastContactAt to the latest contact only", async () => {
    const p = await departed("Nur Halimah", { departedDaysAgo: 200 });
    await recordCheckIn(organizer, { placementId: p.id, contactedAt: "2026-05-20T10:30", method: "WHATSAPP", wellbeing: "WELL", note: "Sehat, gaji lancar" }, { now: NOW, ip: "10.0.0.2" });
    let placement = await db.placement.findUniqueOrThrow({ where: { id: p.id } });
    expect(placement.lastContactAt?.toISOString()).toBe("2026-05-20T03:30:00.000Z"); // 10:30 WIB

    // An older contact entered late keeps the latest.
    await recordCheckIn(organizer, { placementId: p.id, contactedAt: "2026-04-01T09:00", method: "PHONE", wellbeing: "CONCERN", note: "" }, { now: NOW });
    placement = await db.placement.findUniqueOrThrow({ where: { id: p.id } });
    expect(placement.lastContactAt?.toISOString()).toBe("2026-05-20T03:30:00.000Z");

    const checkIns = await db.checkIn.findMany({ where: { placementId: p.id }, orderBy: { contactedAt: "asc" } });
    expect(checkIns.map((c) => [c.method, c.wellbeing, c.villageCode, c.personId, c.recordedById])).toEqual([
      ["PHONE", "CONCERN", LONTAR, p.personId, organizer.id],
      ["WHATSAPP", "WELL", LONTAR, p.personId, organizer.id],
    ]);
    const entries = await db.auditLog.findMany({ where: { action: "check-in.create" } });
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ entity: "CheckIn", villageCode: LONTAR, ip: "10.0.0.2", after: { placementId: p.id, method: "WHATSAPP" } });
  });

  it("refuses a contact in the future, before departure, or on a placement that is not abroad", async () => {
    const p = await departed("Nur Halimah", { departedDaysAgo: 10 });
    const base = { placementId: p.id, method: "PHONE", wellbeing: "WELL" } as const;
    await expect(recordCheckIn(organizer, { ...base, contactedAt: "2026-06-01T14:00" }, { now: NOW })).rejects.toMatchObject({ field: "contactedAt", messageKey: "dateInFuture" });
    await expect(recordCheckIn(organizer, { ...base, contactedAt: "2026-05-01T14:00" }, { now: NOW })).rejects.toMatchObject({ field: "contactedAt", messageKey: "beforeDeparture" });
    const person = await createTestPerson(db, { villageCode: LONTAR, name: "Calon" });
    const prospective = await createTestPlacement(db, { personId: person.id });
    await expect(recordCheckIn(organizer, { ...base, placementId: prospective.id, contactedAt: "2026-05-30T10:00" }, { now: NOW })).rejects.toMatchObject({ messageKey: "notDeparted" });
    expect(await db.checkIn.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("another village's organizer gets NotFound", async () => {
    const p = await departed("Nur Halimah", { departedDaysAgo: 100 });
    const organizerB = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: SUSUKAN }));
    await expect(recordCheckIn(organizerB, { placementId: p.id, contactedAt: "2026-05-30T10:00", method: "PHONE", wellbeing: "WELL" }, { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("listWelfare", () => {
  beforeEach(async () => {
    await resetDatabase();
    organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }));
  });

  it("lists workers abroad with no contact for N days, longest first; never contacted counts from departure", async () => {
    await departed("A contacted 70 days ago", { departedDaysAgo: 400, lastContactDaysAgo: 70 });
    await departed("B contacted 10 days ago", { departedDaysAgo: 400, lastContactDaysAgo: 10 });
    await departed("C never contacted, left 90 days ago", { departedDaysAgo: 90 });
    await departed("D never contacted, left 20 days ago", { departedDaysAgo: 20 });
    await departed("E contacted 200 days ago", { departedDaysAgo: 300, lastContactDaysAgo: 200 });
    await departed("F other village, 300 days", { departedDaysAgo: 300, lastContactDaysAgo: 300, villageCode: SUSUKAN });
    const returned = await createTestPerson(db, { villageCode: LONTAR, name: "G returned" });
    await createTestPlacement(db, { personId: returned.id, status: "RETURNED", departureDate: daysAgo(900), returnDate: daysAgo(500) });

    const sixty = await listWelfare(organizer, {}, { now: NOW });
    expect(sixty.days).toBe(60);
    expect(sixty.rows.map((r) => r.personName)).toEqual(["E contacted 200 days ago", "C never contacted, left 90 days ago", "A contacted 70 days ago"]);
    expect(sixty.total).toBe(3);
    expect(sixty.rows.map((r) => [r.daysSinceContact, r.neverContacted])).toEqual([[200, false], [90, true], [70, false]]);
    expect(sixty.rows[0]).toMatchObject({ countryCode: "HK", countryNameId: "Hong Kong", jobNameId: "Pengurus rumah tangga" });

    const fifteen = await listWelfare(organizer, { days: 15 }, { now: NOW });
    expect(fifteen.rows.map((r) => r.personName[0])).toEqual(["E", "C", "A", "D"]);
    const year = await listWelfare(organizer, { days: 365 }, { now: NOW });
    expect(year.rows).toEqual([]);
    expect(year.total).toBe(0);
  });

  it("pages by keyset without gaps or repeats; BP3MI staff see the region, other villages see nothing of Lontar", async () => {
    for (let i = 0; i < 7; i++) await departed(`Worker ${i}`, { departedDaysAgo: 500, lastContactDaysAgo: 61 + (i % 3) });
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 5; page++) {
      const r = await listWelfare(organizer, { days: 60, cursor }, { now: NOW, pageSize: 3 });
      seen.push(...r.rows.map((row) => row.placementId));
      expect(r.total).toBe(7);
      if (!r.nextCursor) break;
      cursor = r.nextCursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    const all = await listWelfare(organizer, { days: 60 }, { now: NOW });
    expect(all.rows.map((r) => r.placementId)).toEqual(seen);
    expect(all.rows.map((r) => r.daysSinceContact)).toEqual([...all.rows.map((r) => r.daysSinceContact)].sort((a, b) => (b ?? 0) - (a ?? 0)));

    const bp3mi = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.04" }));
    expect((await listWelfare(bp3mi, {}, { now: NOW })).total).toBe(7);
    const otherRegion = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.01" }));
    expect((await listWelfare(otherRegion, {}, { now: NOW })).total).toBe(0);
    const organizerB = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: SUSUKAN }));
    expect((await listWelfare(organizerB, {}, { now: NOW })).rows).toEqual([]);
    const admin = actorOf(await createTestUser(db, { role: "ADMIN" }));
    await expect(listWelfare(admin, {}, { now: NOW })).rejects.toMatchObject({ name: "ForbiddenError" });
  });

  it("a departed placement without any date (imported) comes first", async () => {
    await departed("Dated", { departedDaysAgo: 400, lastContactDaysAgo: 300 });
    const person = await createTestPerson(db, { villageCode: LONTAR, name: "Undated" });
    await createTestPlacement(db, { personId: person.id, status: "DEPARTED", departureDate: null });
    const r = await listWelfare(organizer, {}, { now: NOW, pageSize: 1 });
    expect(r.rows.map((x) => [x.personName, x.daysSinceContact])).toEqual([["Undated", null]]);
    const next = await listWelfare(organizer, { cursor: r.nextCursor ?? undefined }, { now: NOW, pageSize: 1 });
    expect(next.rows.map((x) => x.personName)).toEqual(["Dated"]);
    expect(next.nextCursor).toBeNull();
  });
});
