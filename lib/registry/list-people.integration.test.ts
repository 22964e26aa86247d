import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestHousehold, createTestPerson } from "@/tests/factories/people";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { listPeople } from "./list-people";
import { parseListPeopleQuery } from "./list-people-query";

const A = "36.04.13.2007";
const B = "36.04.13.2008";
const PANDEGLANG = "36.01.01.2001";
const q = (raw: Record<string, string> = {}) => parseListPeopleQuery(raw);

async function actor(role: "ORGANIZER" | "VILLAGE_OFFICIAL" | "BP3MI_STAFF", place: string) {
  const user = await createTestUser(db, role === "BP3MI_STAFF" ? { role, regionCode: place } : { role, villageCode: place });
  return actorOf(user);
}

describe("listPeople", () => {
  beforeEach(resetDatabase);

  it("keeps an organizer to their village, by list, name and NIK", async () => {
    const siti = await createTestPerson(db, { villageCode: A, name: "Siti Aminah" });
    await createTestPerson(db, { villageCode: B, name: "Siti Aminah Susukan" });
    const orgA = await actor("ORGANIZER", A);
    const orgB = await actor("ORGANIZER", B);

    expect((await listPeople(orgA, q())).rows.map((r) => r.name)).toEqual(["Siti Aminah"]);
    const byNameB = await listPeople(orgB, q({ q: "Siti Aminah" }));
    expect(byNameB.rows.map((r) => r.id)).not.toContain(siti.id);
    expect((await listPeople(orgB, q({ q: siti.nik }))).rows).toEqual([]);
    expect((await listPeople(orgB, q({ q: siti.nik }))).total).toBe(0);
  });

  it("lets BP3MI staff of the kabupaten see every village under it, with NIKs masked", async () => {
    await createTestPerson(db, { villageCode: A, name: "Siti Aminah" });
    await createTestPerson(db, { villageCode: B, name: "Ahmad Fauzi", sex: "MALE" });
    await createTestPerson(db, { villageCode: PANDEGLANG, name: "Dedi Supriadi", sex: "MALE" });
    const bp3mi = await actor("BP3MI_STAFF", "36.04");
    const { rows, total } = await listPeople(bp3mi, q());
    expect(rows.map((r) => r.name)).toEqual(["Ahmad Fauzi", "Siti Aminah"]);
    expect(total).toBe(2);
    for (const r of rows) expect(r.nik).toMatch(/^\d{4}•{8}\d{4}$/);
    const organizer = await actor("ORGANIZER", A);
    expect((await listPeople(organizer, q())).rows[0]!.nik).toMatch(/^\d{16}$/);
  });

  it("finds a misspelled name by its spelling, and by similarity when asked or when the spelling finds nobody", async () => {
    await createTestPerson(db, { villageCode: A, name: "Siti Aminah" });
    await createTestPerson(db, { villageCode: A, name: "Siti Romlah" });
    await createTestPerson(db, { villageCode: A, name: "Bambang Hermawan", sex: "MALE" });
    const organizer = await actor("ORGANIZER", A);
    const misspelled = await listPeople(organizer, q({ q: "siti aminnah" }));
    expect(misspelled.rows.map((r) => r.name)).toEqual(["Siti Aminah"]);
    expect(misspelled).toMatchObject({ order: "spelling", canSearchSimilar: true, total: 1 });

    const similar = await listPeople(organizer, q({ q: "siti aminnah", similar: "1" }));
    expect(similar.rows[0]!.name).toBe("Siti Aminah");
    expect(similar.rows.map((r) => r.name)).not.toContain("Bambang Hermawan");
    expect(similar).toMatchObject({ order: "relevance", canSearchSimilar: false, total: similar.rows.length });

    const otherOrder = await listPeople(organizer, q({ q: "aminah siti" }));
    expect(otherOrder.rows[0]!.name).toBe("Siti Aminah");
    expect(otherOrder.order).toBe("relevance");
  });

  it("finds spelling variants across a region by the spelling key, exact key first, and pages through them", async () => {
    await createTestPerson(db, { villageCode: A, name: "Sri Aminah" });
    await createTestPerson(db, { villageCode: B, name: "SRI AMINA" });
    await createTestPerson(db, { villageCode: B, name: "Sri Aminah Wati" });
    await createTestPerson(db, { villageCode: A, name: "Sumiyati Rohaeni" });
    await createTestPerson(db, { villageCode: PANDEGLANG, name: "Sri Aminah" });
    await createTestPerson(db, { villageCode: A, name: "Sri Rahayu" });
    const bp3mi = await actor("BP3MI_STAFF", "36.04");
    const found = await listPeople(bp3mi, q({ q: "Sri Aminnah" }));
    expect(found.order).toBe("spelling");
    expect(found.canSearchSimilar).toBe(false); // a region-wide similarity search is too slow (decision 017)
    expect((await listPeople(bp3mi, q({ q: "Sri Aminnah", similar: "1" }))).order).toBe("spelling");
    expect(found.rows.map((r) => r.name)).toEqual(["SRI AMINA", "Sri Aminah", "Sri Aminah Wati"]);
    expect(found).toMatchObject({ total: 3, totalCapped: false });
    expect((await listPeople(bp3mi, q({ q: "sumiati" }))).rows.map((r) => r.name)).toEqual(["Sumiyati Rohaeni"]);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listPeople(bp3mi, q({ q: "sri", ...(cursor ? { cursor } : {}) }), 2);
      seen.push(...page.rows.map((r) => r.name));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(["SRI AMINA", "Sri Aminah", "Sri Aminah Wati", "Sri Rahayu"]);
  });

  it("finds by exact NIK and by Nomor KK (the household's members)", async () => {
    const head = await createTestPerson(db, { villageCode: A, name: "Bambang Hermawan", sex: "MALE" });
    const wife = await createTestPerson(db, { villageCode: A, name: "Siti Aminah" });
    await createTestPerson(db, { villageCode: A, name: "Orang Lain" });
    const hh = await createTestHousehold(db, { villageCode: A, members: [{ personId: head.id, relation: "HEAD" }, { personId: wife.id, relation: "SPOUSE" }] });
    const organizer = await actor("ORGANIZER", A);
    expect((await listPeople(organizer, q({ q: wife.nik }))).rows.map((r) => r.id)).toEqual([wife.id]);
    expect((await listPeople(organizer, q({ q: hh.kkNumber }))).rows.map((r) => r.name)).toEqual(["Bambang Hermawan", "Siti Aminah"]);
  });

  it("pages by keyset in name and newest order, and by similarity, without gaps or repeats", async () => {
    for (let i = 0; i < 7; i++) await createTestPerson(db, { villageCode: A, name: `Siti Nur ${String.fromCharCode(65 + i)}` });
    await createTestPerson(db, { villageCode: A, name: "Siti Nur A" }); // a tie on the name
    const organizer = await actor("ORGANIZER", A);
    for (const raw of [{}, { sort: "newest" }, { q: "siti nur" }, { q: "siti nur", similar: "1" }] as Record<string, string>[]) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listPeople(organizer, q({ ...raw, ...(cursor ? { cursor } : {}) }), 3);
        expect(page.total).toBe(8);
        seen.push(...page.rows.map((r) => r.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toHaveLength(8);
      expect(new Set(seen).size).toBe(8);
    }
  });

  it("filters by placement status, destination, sector, dusun, recruiter and checklist", async () => {
    const organizer = await actor("ORGANIZER", A);
    const base = { villageCode: A };
    const hk = await createTestPerson(db, { ...base, name: "Ani", dusun: "Kebon Kelapa", currentStatus: "DEPARTED", currentCountryCode: "HK", currentSector: "INFORMAL", currentRecruiter: "PT Maju Jaya", currentChecklistComplete: true });
    const tw = await createTestPerson(db, { ...base, name: "Budi", sex: "MALE", currentStatus: "PROSPECTIVE", currentCountryCode: "TW", currentSector: "FORMAL", currentChecklistComplete: false });
    await createTestPerson(db, { ...base, name: "Cici" });
    const ids = async (raw: Record<string, string>) => (await listPeople(organizer, q(raw))).rows.map((r) => r.id);
    expect(await ids({ status: "DEPARTED" })).toEqual([hk.id]);
    expect(await ids({ destination: "TW" })).toEqual([tw.id]);
    expect(await ids({ sector: "INFORMAL" })).toEqual([hk.id]);
    expect(await ids({ dusun: "kebon kelapa" })).toEqual([hk.id]);
    expect(await ids({ recruiter: "maju" })).toEqual([hk.id]);
    expect(await ids({ checklist: "yes" })).toEqual([hk.id]);
    expect(await ids({ checklist: "no" })).toEqual([tw.id]);
    expect(await ids({ recruiter: "100%_" })).toEqual([]);
  });

  it("ignores a hand-edited cursor and starts at page one", async () => {
    await createTestPerson(db, { villageCode: A, name: "Siti Aminah" });
    const organizer = await actor("ORGANIZER", A);
    for (const cursor of ["garbage", Buffer.from(JSON.stringify(["x", "not-a-uuid"])).toString("base64url")]) {
      expect((await listPeople(organizer, q({ cursor }))).rows).toHaveLength(1);
      expect((await listPeople(organizer, q({ cursor, q: "siti" }))).rows).toHaveLength(1);
    }
  });
});
