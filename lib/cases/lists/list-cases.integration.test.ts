import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/authz";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestCase } from "@/tests/factories/cases";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { listCases } from "./list-cases";
import { parseListCasesQuery } from "./list-cases-query";

const A = "36.04.13.2007";
const B = "36.04.13.2008";
const PANDEGLANG = "36.01.01.2001";
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const NOW = new Date();
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const later = (ms: number) => new Date(NOW.getTime() + ms);
const q = (raw: Record<string, string | string[]> = {}) => parseListCasesQuery(raw);

async function actor(role: "ORGANIZER" | "VILLAGE_OFFICIAL" | "BP3MI_STAFF" | "ADMIN", place?: string) {
  const user = await createTestUser(db, role === "BP3MI_STAFF" ? { role, regionCode: place } : { role, villageCode: place ?? null });
  return actorOf(user);
}

async function country(code: string, nameId: string) {
  await db.country.upsert({ where: { code }, update: {}, create: { code, nameId, nameEn: nameId } });
}

const numbers = async (a: Awaited<ReturnType<typeof actor>>, raw: Record<string, string | string[]> = {}) =>
  (await listCases(a, q(raw), { now: NOW })).rows.map((r) => r.workerName);

describe("listCases", () => {
  beforeEach(resetDatabase);

  it("puts urgent cases first, then overdue ones, then the oldest report", async () => {
    await createTestCase(db, { villageCode: A, workerName: "Lama", reportedAt: ago(10 * DAY), dueAt: later(DAY) });
    await createTestCase(db, { villageCode: A, workerName: "Mendesak baru", urgent: true, reportedAt: ago(HOUR), dueAt: later(20 * HOUR) });
    await createTestCase(db, { villageCode: A, workerName: "Terlambat", reportedAt: ago(5 * DAY), dueAt: ago(DAY) });
    await createTestCase(db, { villageCode: A, workerName: "Baru", reportedAt: ago(3 * DAY), dueAt: later(2 * DAY) });
    await createTestCase(db, { villageCode: A, workerName: "Mendesak terlambat", urgent: true, reportedAt: ago(2 * DAY), dueAt: ago(HOUR) });
    const bp3mi = await actor("BP3MI_STAFF", "36.04");

    const list = await listCases(bp3mi, q(), { now: NOW });
    expect(list.rows.map((r) => r.workerName)).toEqual(["Mendesak terlambat", "Mendesak baru", "Terlambat", "Lama", "Baru"]);
    expect(list.rows.map((r) => r.overdue)).toEqual([true, false, true, false, false]);
    expect(list.rows.find((r) => r.workerName === "Lama")!.ageDays).toBe(10);
    expect(list.total).toBe(5);

    expect(await numbers(bp3mi, { sort: "newest" })).toEqual(["Mendesak baru", "Mendesak terlambat", "Baru", "Terlambat", "Lama"]);
    expect(await numbers(bp3mi, { sort: "due" })).toEqual(["Terlambat", "Mendesak terlambat", "Mendesak baru", "Lama", "Baru"]);
    expect(await numbers(bp3mi, { sort: "overdue", overdue: "1" })).toEqual(["Mendesak terlambat", "Terlambat"]);
  });

  it("filters by status, category, country, village, overdue, case number and worker name", async () => {
    await country("HK", "Hong Kong");
    await country("MY", "Malaysia");
    const hk = await createTestCase(db, { villageCode: A, workerName: "Siti Aminah", category: "UNPAID_WAGES", countryCode: "HK", dueAt: ago(HOUR) });
    await createTestCase(db, { villageCode: B, workerName: "Dewi Sartika", category: "TRAFFICKING", urgent: true, countryCode: "MY" });
    await createTestCase(db, { villageCode: A, workerName: "Rina Resolved", status: "RESOLVED", resolvedAt: NOW, dueAt: null });
    await createTestCase(db, { villageCode: B, workerName: "Tuti Closed", status: "CLOSED", closedAt: NOW, closeReason: "HANDED_OVER", dueAt: null });
    await createTestCase(db, { villageCode: A, workerName: "Ani Verified", status: "VERIFIED" });
    const bp3mi = await actor("BP3MI_STAFF", "36.04");
    const names = async (raw: Record<string, string | string[]>) => (await numbers(bp3mi, raw)).sort();

    expect(await names({})).toEqual(["Ani Verified", "Dewi Sartika", "Siti Aminah"]);
    expect(await names({ status: "open" })).toEqual(["Ani Verified", "Dewi Sartika", "Siti Aminah"]);
    expect(await names({ status: "all" })).toEqual(["Ani Verified", "Dewi Sartika", "Rina Resolved", "Siti Aminah", "Tuti Closed"]);
    expect(await names({ status: ["RESOLVED", "CLOSED"] })).toEqual(["Rina Resolved", "Tuti Closed"]);
    expect(await names({ status: "VERIFIED" })).toEqual(["Ani Verified"]);
    expect(await names({ status: "nonsense" })).toEqual(["Ani Verified", "Dewi Sartika", "Siti Aminah"]);
    expect(await names({ category: "TRAFFICKING" })).toEqual(["Dewi Sartika"]);
    expect(await names({ country: "HK" })).toEqual(["Siti Aminah"]);
    expect(await names({ village: B, status: "all" })).toEqual(["Dewi Sartika", "Tuti Closed"]);
    expect(await names({ overdue: "1" })).toEqual(["Siti Aminah"]);
    expect(await names({ q: hk.number })).toEqual(["Siti Aminah"]);
    expect(await names({ q: hk.number.toLowerCase() })).toEqual(["Siti Aminah"]);
    expect(await names({ q: "aminah" })).toEqual(["Siti Aminah"]);
    expect(await names({ q: "%" })).toEqual([]);
    expect(await names({ q: "Rina", status: "all" })).toEqual(["Rina Resolved"]);

    const row = (await listCases(bp3mi, q({ country: "HK" }), { now: NOW })).rows[0]!;
    expect(row).toMatchObject({ number: hk.number, villageName: "Lontar", countryNameId: "Hong Kong", category: "UNPAID_WAGES", status: "REPORTED", urgent: false, overdue: true, handlerName: null });
  });

  it("filters by handler: a user, me, unassigned", async () => {
    const dewi = await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.04", name: "Dewi Lestari" });
    const budi = await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.04", name: "Budi Santoso" });
    await createTestCase(db, { villageCode: A, workerName: "Kasus Dewi", handlerId: dewi.id, status: "VERIFIED" });
    await createTestCase(db, { villageCode: B, workerName: "Kasus Budi", handlerId: budi.id, status: "VERIFIED" });
    await createTestCase(db, { villageCode: A, workerName: "Belum ditangani" });
    await createTestCase(db, { villageCode: A, workerName: "Dewi selesai", handlerId: dewi.id, status: "RESOLVED", resolvedAt: NOW, dueAt: null });
    const asDewi = actorOf(dewi);

    expect(await numbers(asDewi, { handler: "me" })).toEqual(["Kasus Dewi"]);
    expect(await numbers(asDewi, { handler: "me", status: "all" })).toEqual(expect.arrayContaining(["Kasus Dewi", "Dewi selesai"]));
    expect(await numbers(asDewi, { handler: budi.id })).toEqual(["Kasus Budi"]);
    expect(await numbers(asDewi, { handler: "unassigned" })).toEqual(["Belum ditangani"]);
    const row = (await listCases(asDewi, q({ handler: "me" }), { now: NOW })).rows[0]!;
    expect(row.handlerName).toBe("Dewi Lestari");
    // An organizer is never a handler: "me" is an empty queue.
    expect(await numbers(await actor("ORGANIZER", A), { handler: "me" })).toEqual([]);
  });

  it("pages through every sort without repeating or skipping a case", async () => {
    for (let i = 0; i < 23; i++) {
      await createTestCase(db, {
        villageCode: i % 2 ? A : B,
        workerName: `Pekerja ${String(i).padStart(2, "0")}`,
        urgent: i % 5 === 0,
        // Ties on purpose: several cases share a report time and a due time.
        reportedAt: ago((i % 7) * DAY),
        dueAt: i % 4 === 0 ? ago((i % 3) * HOUR + HOUR) : i % 4 === 1 ? null : later((i % 3) * DAY),
        status: i % 4 === 1 ? "RESOLVED" : "REPORTED",
        resolvedAt: i % 4 === 1 ? NOW : null,
      });
    }
    const bp3mi = await actor("BP3MI_STAFF", "36.04");
    for (const sort of ["priority", "newest", "due", "overdue"]) {
      const all = await listCases(bp3mi, q({ sort, status: "all" }), { now: NOW, pageSize: 100 });
      expect(all.rows).toHaveLength(23);
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 10; page++) {
        const got = await listCases(bp3mi, q({ sort, status: "all", ...(cursor ? { cursor } : {}) }), { now: NOW, pageSize: 5 });
        expect(got.total).toBe(23);
        seen.push(...got.rows.map((r) => r.id));
        if (!got.nextCursor) break;
        cursor = got.nextCursor;
      }
      expect(seen, sort).toEqual(all.rows.map((r) => r.id));
    }
  });

  it("measures later pages against the moment of the first, and ignores a cursor of another sort", async () => {
    for (let i = 0; i < 4; i++) await createTestCase(db, { villageCode: A, workerName: `P${i}`, reportedAt: ago((4 - i) * DAY), dueAt: i < 2 ? later(2 * DAY) : later((i - 1) * HOUR) });
    const organizer = await actor("ORGANIZER", A);
    const first = await listCases(organizer, q(), { now: NOW, pageSize: 2 });
    expect(first.rows.map((r) => r.workerName)).toEqual(["P0", "P1"]);
    // Hours later P2 and P3 are overdue (and would now sort first); the second page still continues the first one's order.
    const second = await listCases(organizer, q({ cursor: first.nextCursor! }), { now: later(10 * HOUR), pageSize: 2 });
    expect(second.rows.map((r) => r.workerName)).toEqual(["P2", "P3"]);
    expect(second.at).toEqual(first.at);
    const otherSort = await listCases(organizer, q({ sort: "newest", cursor: first.nextCursor! }), { now: NOW, pageSize: 2 });
    expect(otherSort.rows.map((r) => r.workerName)).toEqual(["P3", "P2"]);
    expect((await listCases(organizer, q({ cursor: "not-a-cursor" }), { now: NOW, pageSize: 2 })).rows.map((r) => r.workerName)).toEqual(["P0", "P1"]);
  });

  it("keeps each role to its villages; admins read no cases", async () => {
    const mine = await createTestCase(db, { villageCode: A, workerName: "Di Lontar" });
    await createTestCase(db, { villageCode: B, workerName: "Di Susukan" });
    const pandeglang = await createTestCase(db, { villageCode: PANDEGLANG, workerName: "Di Pandeglang" });

    expect(await numbers(await actor("ORGANIZER", A))).toEqual(["Di Lontar"]);
    expect(await numbers(await actor("VILLAGE_OFFICIAL", B))).toEqual(["Di Susukan"]);
    const serang = await actor("BP3MI_STAFF", "36.04");
    expect((await numbers(serang)).sort()).toEqual(["Di Lontar", "Di Susukan"]);
    expect(await numbers(serang, { q: pandeglang.number })).toEqual([]);
    expect(await numbers(serang, { village: PANDEGLANG })).toEqual([]);
    expect((await listCases(serang, q({ village: PANDEGLANG }), { now: NOW })).total).toBe(0);
    expect(await numbers(await actor("ORGANIZER", B), { q: mine.number })).toEqual([]);
    expect(await numbers(await actor("BP3MI_STAFF", "36"))).toHaveLength(3);
    // A staff account without a region sees nothing rather than everything.
    expect(await numbers(await actor("BP3MI_STAFF"))).toEqual([]);
    await expect(listCases(await actor("ADMIN"), q())).rejects.toBeInstanceOf(ForbiddenError);
  });
});
